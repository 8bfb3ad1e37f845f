package org.threadlens.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Text made safe for line- and column-based formats, where a line break, a tab or a control character inside
 * a value would break the file. Stateless, thread-safe.
 */
public final class ExportText {
    private ExportText() {
    }

    /**
     * A value on one line: every control character and line or paragraph separator becomes a space (a
     * {@code \r} alone ends a line for many readers, Python's universal newlines among them).
     */
    public static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(breaksLines(c) ? ' ' : c));
        return b.toString();
    }

    /**
     * A token for a column: in Unicode NFC, each run of whitespace or control characters replaced by
     * {@code blank}, none at either end; {@code _} if nothing is left.
     */
    public static String cell(String s, String blank) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(nfc.length());
        boolean gap = false;
        for (int i = 0; i < nfc.length(); ) {
            int c = nfc.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || breaksLines(c)) {
                gap = b.length() > 0;
                continue;
            }
            if (gap) {
                b.append(blank);
                gap = false;
            }
            b.appendCodePoint(c);
        }
        return b.length() == 0 ? "_" : b.toString();
    }

    /** A tag value that may not hold whitespace, {@code |} or {@code =} (CoNLL-U's MISC, a BIO tag). */
    public static String tag(String s) {
        return cell(s, "_").replace('|', '_').replace('=', '_');
    }

    /**
     * A value for CoNLL-U's MISC column, which separates attributes with {@code |} and may hold no whitespace: in
     * Unicode NFC, with {@code %}, {@code |}, whitespace and control characters percent-encoded as UTF-8 bytes
     * ({@code %25}, {@code %7C}, {@code %20}), so that percent-decoding gives the value back.
     */
    public static String miscValue(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(c -> {
            if (c == '%' || c == '|' || Character.isWhitespace(c) || Character.isSpaceChar(c) || breaksLines(c)) {
                for (byte octet : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format(Locale.ROOT, "%02X", octet & 0xff));
                }
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static boolean breaksLines(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
