package org.threadlens.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The plain text an NLP pipeline reads, with the map from each of its chars back to the code points of the
 * source text it came from, and the markup the text stage recognised.
 *
 * <p>Each plain char {@code i} came from the source code points {@code [sourceBegin(i), sourceEnd(i))}: a
 * copied char from its own code point, a decoded entity such as {@code &amp;} from the whole entity, a
 * placeholder (e.g. {@code link} for a URL) from the whole thing it stands for. Chars the preparer inserted
 * (a paragraph break) map to an empty range at their position.
 */
public final class PreparedText {
    private final String source;
    private final String plain;
    private final int[] sourceBegin;
    private final int[] sourceEnd;
    private final int sourceLength;
    private final List<Markup> markup;
    private final List<Span> placeholders;

    PreparedText(String source, String plain, int[] sourceBegin, int[] sourceEnd, List<Markup> markup,
                 List<Span> placeholders) {
        this.source = Objects.requireNonNull(source, "source");
        this.plain = Objects.requireNonNull(plain, "plain");
        if (sourceBegin.length != plain.length() || sourceEnd.length != plain.length()) {
            throw new IllegalArgumentException("offset map length differs from the plain text's");
        }
        this.sourceBegin = sourceBegin;
        this.sourceEnd = sourceEnd;
        this.sourceLength = CodePoints.length(source);
        this.markup = List.copyOf(markup);
        this.placeholders = List.copyOf(placeholders);
    }

    /** The text unchanged: every char maps to its own code point. */
    public static PreparedText identity(String source) {
        return new PlainTextBuilder(source).copy(0, source.length()).build();
    }

    /** The text exactly as the source gave it. */
    public String source() {
        return source;
    }

    /** What the NLP pipeline reads. */
    public String plain() {
        return plain;
    }

    /** The recognised markup, in source order. */
    public List<Markup> markup() {
        return markup;
    }

    public List<Markup> markup(MarkupKind kind) {
        return markup.stream().filter(m -> m.kind() == kind).toList();
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

    /**
     * The plain chars that came from inside source code points {@code [begin, end)}: the inverse of
     * {@link #toSource}, for a span that {@code toSource} produced. Relies on the map being non-decreasing,
     * which holds because every preparer emits in source order.
     */
    public Span toPlain(Span sourceSpan) {
        int from = firstAtOrAfter(sourceSpan.begin());
        int to = from;
        while (to < plain.length() && sourceEnd[to] <= sourceSpan.end() && sourceBegin[to] < sourceSpan.end()) {
            to++;
        }
        return new Span(from, Math.max(from, to));
    }

    private int firstAtOrAfter(int cp) {
        int lo = 0;
        int hi = plain.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sourceBegin[mid] < cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The word to report for a token the engine read at plain {@code [plainBegin, plainEnd)}: the source
     * surface where the token is a placeholder (so a URL token's word is the URL), else the engine's word.
     */
    public String wordFor(int plainBegin, int plainEnd, String engineWord) {
        for (Span p : placeholders) {
            if (p.begin() <= plainBegin && plainEnd <= p.end()) {
                return sourceSlice(toSource(plainBegin, plainEnd));
            }
        }
        return engineWord;
    }

    /**
     * Composes two preparations: {@code next} was prepared from this one's plain text; the result reads
     * {@code next}'s plain text and maps it, and {@code next}'s markup, back to this one's source.
     */
    public PreparedText andThen(PreparedText next) {
        if (!next.source.equals(plain)) {
            throw new IllegalArgumentException("the next preparation was not made from this plain text");
        }
        int[] cpToChar = codePointToChar(plain);
        int n = next.plain.length();
        int[] begin = new int[n];
        int[] end = new int[n];
        for (int i = 0; i < n; i++) {
            Span s = spanOfPlainCodePoints(cpToChar, next.sourceBegin[i], next.sourceEnd[i]);
            begin[i] = s.begin();
            end[i] = s.end();
        }
        List<Markup> mapped = new ArrayList<>(markup);
        for (Markup m : next.markup) {
            Span s = spanOfPlainCodePoints(cpToChar, m.begin(), m.end());
            mapped.add(new Markup(m.kind(), s.begin(), s.end(), m.plainBegin(), m.plainEnd(), m.target()));
        }
        mapped.sort(java.util.Comparator.comparingInt(Markup::begin));
        return new PreparedText(source, next.plain, begin, end, mapped, next.placeholders);
    }

    /** The source span of this plain text's code points {@code [cpBegin, cpEnd)}. */
    private Span spanOfPlainCodePoints(int[] cpToChar, int cpBegin, int cpEnd) {
        return toSource(cpToChar[cpBegin], cpToChar[cpEnd]);
    }

    private static int[] codePointToChar(String s) {
        int[] map = new int[CodePoints.length(s) + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            map[cp++] = i;
        }
        map[cp] = s.length();
        return map;
    }
}
