package org.threadlens.text;

import java.util.Arrays;

/**
 * Builds a {@link PreparedText} by copying source chars, replacing source ranges and inserting text, each
 * step recording where its chars came from. Arguments are source <em>char</em> indices, converted here to
 * code points. Not thread-safe: one builder per text.
 */
public final class PlainTextBuilder {
    private final String source;
    private final int[] charToCp;
    private final StringBuilder plain;
    private int[] begin;
    private int[] end;

    public PlainTextBuilder(String source) {
        this.source = source;
        this.charToCp = CodePoints.charToCodePoint(source);
        this.plain = new StringBuilder(source.length());
        this.begin = new int[Math.max(16, source.length())];
        this.end = new int[begin.length];
    }

    /** Copies source chars {@code [from, to)} unchanged. */
    public PlainTextBuilder copy(int from, int to) {
        for (int i = from; i < to; i++) {
            int cp = charToCp[i];
            append(source.charAt(i), cp, cp + 1);
        }
        return this;
    }

    /** Emits {@code replacement} in place of source chars {@code [from, to)}; each emitted char maps to all of them. */
    public PlainTextBuilder replace(int from, int to, CharSequence replacement) {
        int b = charToCp[from];
        int e = charToCp[to];
        for (int i = 0; i < replacement.length(); i++) {
            append(replacement.charAt(i), b, e);
        }
        return this;
    }

    /** Inserts text that has no source (a separator), anchored at source char {@code at}. */
    public PlainTextBuilder insert(int at, CharSequence text) {
        int cp = charToCp[at];
        for (int i = 0; i < text.length(); i++) {
            append(text.charAt(i), cp, cp);
        }
        return this;
    }

    /** The number of plain chars emitted so far. */
    public int length() {
        return plain.length();
    }

    /** The last plain char emitted, or {@code 0} if none. */
    public char lastChar() {
        return plain.length() == 0 ? 0 : plain.charAt(plain.length() - 1);
    }

    public PreparedText build() {
        int n = plain.length();
        return new PreparedText(source, plain.toString(), Arrays.copyOf(begin, n), Arrays.copyOf(end, n));
    }

    private void append(char c, int cpBegin, int cpEnd) {
        int n = plain.length();
        if (n == begin.length) {
            begin = Arrays.copyOf(begin, n * 2);
            end = Arrays.copyOf(end, n * 2);
        }
        begin[n] = cpBegin;
        end[n] = cpEnd;
        plain.append(c);
    }
}
