package org.threadlens.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Decodes HTML character references ({@code &amp;}, {@code &#39;}, {@code &#x1F600;}) with an offset map.
 *
 * <p>Reddit escapes {@code &}, {@code <} and {@code >} in bodies unless asked for {@code raw_json=1}; Hacker
 * News escapes most punctuation. Named references are the HTML 4 set plus {@code &apos;}, and need their
 * {@code ;}. Numeric references that name no valid character (0, surrogates, above U+10FFFF) decode to
 * U+FFFD, as browsers do. Anything else that starts with {@code &} is copied as it is. Thread-safe.
 */
public final class HtmlEntities implements TextPreparer {
    /** Longest named reference we look for, e.g. {@code &thetasym;}. */
    private static final int MAX_NAME = 10;
    private static final Map<String, String> NAMED = loadNamed();

    @Override
    public PreparedText prepare(String sourceText) {
        PlainTextBuilder out = new PlainTextBuilder(sourceText);
        decodeInto(sourceText, 0, sourceText.length(), out);
        return out.build();
    }

    /**
     * Decodes source chars {@code [from, to)} into {@code out}. Invisible format chars that tokenizers
     * choke on or split words at — zero-width space, byte-order mark, soft hyphen, emoji variation selectors
     * — are dropped, whether written or encoded ({@code &#x200B;}, Reddit's empty-paragraph marker).
     * Zero-width joiners stay: they hold emoji sequences together.
     */
    public static void decodeInto(String s, int from, int to, PlainTextBuilder out) {
        int copied = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isDropped(c)) {
                out.copy(copied, i);
                copied = i + 1;
                continue;
            }
            if (c != '&') {
                continue;
            }
            int semi = s.indexOf(';', i + 1);
            if (semi < 0 || semi >= to || semi - i - 1 > MAX_NAME + 1) {
                continue;
            }
            String decoded = decode(s.substring(i + 1, semi));
            if (decoded != null) {
                out.copy(copied, i);
                if (!(decoded.length() == 1 && isDropped(decoded.charAt(0)))) {
                    out.replace(i, semi + 1, decoded);
                }
                copied = semi + 1;
                i = semi;
            }
        }
        out.copy(copied, to);
    }

    static boolean isDropped(char c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\uFE0E' || c == '\uFE0F';
    }

    /** The characters a reference body (between {@code &} and {@code ;}) stands for, or null if it is none. */
    static String decode(String body) {
        if (body.length() > 1 && body.charAt(0) == '#') {
            boolean hex = body.charAt(1) == 'x' || body.charAt(1) == 'X';
            String digits = body.substring(hex ? 2 : 1);
            if (digits.isEmpty() || digits.length() > 8) {
                return null;
            }
            try {
                int cp = Integer.parseInt(digits, hex ? 16 : 10);
                boolean valid = cp > 0 && cp <= Character.MAX_CODE_POINT
                        && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
                return new String(Character.toChars(valid ? cp : 0xFFFD));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(body);
    }

    private static Map<String, String> loadNamed() {
        Properties p = new Properties();
        try (InputStream in = HtmlEntities.class.getResourceAsStream("html-entities.properties")) {
            if (in == null) {
                throw new IllegalStateException("resource html-entities.properties is missing from the jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        p.forEach((k, v) -> map.put((String) k, new String(Character.toChars(Integer.parseInt((String) v, 16)))));
        return Map.copyOf(map);
    }
}
