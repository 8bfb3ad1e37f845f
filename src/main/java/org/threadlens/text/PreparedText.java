package org.threadlens.text;

import java.util.Objects;

/**
 * The plain text an NLP pipeline reads, with the map from each of its chars back to the code points of the
 * source text it came from.
 *
 * <p>Each plain char {@code i} came from the source code points {@code [sourceBegin(i), sourceEnd(i))}: a
 * copied char from its own code point, a decoded entity such as {@code &amp;} from the whole entity. Chars
 * the preparer inserted (e.g. a separator) map to an empty range at their position.
 */
public final class PreparedText {
    private final String source;
    private final String plain;
    private final int[] sourceBegin;
    private final int[] sourceEnd;
    private final int sourceLength;

    PreparedText(String source, String plain, int[] sourceBegin, int[] sourceEnd) {
        this.source = Objects.requireNonNull(source, "source");
        this.plain = Objects.requireNonNull(plain, "plain");
        if (sourceBegin.length != plain.length() || sourceEnd.length != plain.length()) {
            throw new IllegalArgumentException("offset map length differs from the plain text's");
        }
        this.sourceBegin = sourceBegin;
        this.sourceEnd = sourceEnd;
        this.sourceLength = CodePoints.length(source);
    }

    /** The text unchanged: every char maps to its own code point. */
    public static PreparedText identity(String source) {
        PlainTextBuilder b = new PlainTextBuilder(source);
        b.copy(0, source.length());
        return b.build();
    }

    /** The text exactly as the source gave it. */
    public String source() {
        return source;
    }

    /** What the NLP pipeline reads. */
    public String plain() {
        return plain;
    }

    /**
     * Maps a span of plain chars {@code [plainBegin, plainEnd)} to code points of the source: from the start
     * of the first char's origin to the end of the last char's origin.
     */
    public Span toSource(int plainBegin, int plainEnd) {
        if (plainBegin < 0 || plainEnd < plainBegin || plainEnd > plain.length()) {
            throw new IndexOutOfBoundsException("plain span [" + plainBegin + ", " + plainEnd + ") outside [0, "
                    + plain.length() + "]");
        }
        if (plainEnd == plainBegin) {
            int at = plainBegin == plain.length() ? sourceLength : sourceBegin[plainBegin];
            return new Span(at, at);
        }
        return new Span(sourceBegin[plainBegin], Math.max(sourceBegin[plainBegin], sourceEnd[plainEnd - 1]));
    }

    /** The source text of a code-point span: Python's {@code text[begin:end]}. */
    public String sourceSlice(Span span) {
        return CodePoints.slice(source, span.begin(), span.end());
    }
}
