package org.threadlens.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link PreparedText} by copying source chars, replacing source ranges and inserting text, each
 * step recording where its chars came from, and by marking recognised markup. Arguments are source
 * <em>char</em> indices, converted here to code points. Not thread-safe: one builder per text.
 */
public final class PlainTextBuilder {
    private final String source;
    private final int[] charToCp;
    private final StringBuilder plain;
    private final List<Markup> markup = new ArrayList<>();
    private final List<Span> placeholders = new ArrayList<>();
    private int[] begin;
    private int[] end;

    public PlainTextBuilder(String source) {
        this.source = source;
        this.charToCp = CodePoints.charToCodePoint(source);
        this.plain = new StringBuilder(source.length());
        this.begin = new int[Math.max(16, source.length())];
        this.end = new int[begin.length];
    }

    public String source() {
        return source;
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

    /**
     * Emits a one-word stand-in for source chars {@code [from, to)} (a URL, a mention, code): the engine reads
     * {@code word}; the token is reported with the source surface (see {@link PreparedText#wordFor}).
     */
    public PlainTextBuilder placeholder(int from, int to, String word) {
        int at = plain.length();
        replace(from, to, word);
        placeholders.add(new Span(at, plain.length()));
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

    /** Ends the current paragraph: the plain text ends with a blank line unless it is empty or already does. */
    public PlainTextBuilder paragraphBreak(int at) {
        if (plain.length() == 0) {
            return this;
        }
        trimTrailingSpaces();
        int newlines = 0;
        for (int i = plain.length() - 1; i >= 0 && plain.charAt(i) == '\n' && newlines < 2; i--) {
            newlines++;
        }
        return insert(at, "\n\n".substring(newlines));
    }

    /** Separates what follows from what precedes with whitespace, unless there is some already. */
    public PlainTextBuilder space(int at) {
        if (plain.length() > 0 && !Character.isWhitespace(plain.charAt(plain.length() - 1))) {
            insert(at, " ");
        }
        return this;
    }

    /**
     * Records markup over source chars {@code [from, to)} whose plain text starts at {@code plainFrom} and ends
     * here.
     */
    public PlainTextBuilder mark(MarkupKind kind, int from, int to, int plainFrom, String target) {
        markup.add(new Markup(kind, charToCp[from], charToCp[to], plainFrom, Math.max(plainFrom, plain.length()), target));
        return this;
    }

    /** The number of plain chars emitted so far. */
    public int length() {
        return plain.length();
    }

    public PreparedText build() {
        trimTrailingSpaces();
        int n = plain.length();
        markup.sort(java.util.Comparator.comparingInt(Markup::begin));
        return new PreparedText(source, plain.toString(), Arrays.copyOf(begin, n), Arrays.copyOf(end, n), markup,
                placeholders);
    }

    /** Drops inserted whitespace at the end (never copied source chars). */
    private void trimTrailingSpaces() {
        int n = plain.length();
        while (n > 0 && Character.isWhitespace(plain.charAt(n - 1)) && begin[n - 1] == end[n - 1]) {
            n--;
        }
        plain.setLength(n);
        for (int i = 0; i < markup.size(); i++) {
            Markup m = markup.get(i);
            if (m.plainEnd() > n) {
                markup.set(i, new Markup(m.kind(), m.begin(), m.end(), Math.min(m.plainBegin(), n), n, m.target()));
            }
        }
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
