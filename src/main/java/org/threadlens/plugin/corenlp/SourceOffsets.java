package org.threadlens.plugin.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.text.PreparedText;
import org.threadlens.text.Span;

/**
 * Moves CoreNLP tokens from the prepared text they were read from onto the document's original text: each
 * token's char offsets (and code-point offsets, where {@code tokenize.codepoint} asked for them) become those
 * of the stretch of the original it came from, its {@code OriginalText} that stretch, and its
 * {@code Before}/{@code After} the original text between it and its neighbours, so that the tokens stay
 * invertible over the original as CoreNLP's {@code cleanxml} keeps them. The word (what the models read) is
 * left as the tokenizer made it. Confined to one document.
 */
final class SourceOffsets {
    private final String source;
    private final PreparedText prepared;
    /** Char index of each code point of the source, and the source's length at the end. */
    private final int[] charOf;
    /** The code-point span in the source of each token moved so far. */
    private final Map<CoreLabel, Span> moved = new IdentityHashMap<>();

    SourceOffsets(PreparedText prepared) {
        this.source = prepared.source();
        this.prepared = prepared;
        this.charOf = new int[source.codePointCount(0, source.length()) + 1];
        int cp = 0;
        for (int i = 0; i < source.length(); i += Character.charCount(source.codePointAt(i))) {
            charOf[cp++] = i;
        }
        charOf[cp] = source.length();
    }

    /**
     * Moves the tokens' offsets onto the original text (each token once, however often it is passed); then
     * {@link #setWhitespace} for the document's token list.
     */
    void move(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            if (moved.containsKey(t)) {
                continue;
            }
            Span span = prepared.toSource(t.beginPosition(), t.endPosition());
            int begin = charOf[span.begin()];
            int end = charOf[span.end()];
            t.setBeginPosition(begin);
            t.setEndPosition(end);
            t.setOriginalText(source.substring(begin, end));
            if (t.containsKey(CoreAnnotations.CodepointOffsetBeginAnnotation.class)) {
                t.set(CoreAnnotations.CodepointOffsetBeginAnnotation.class, span.begin());
                t.set(CoreAnnotations.CodepointOffsetEndAnnotation.class, span.end());
            }
            moved.put(t, span);
        }
    }

    /** Before and After of each of the document's tokens: the original text between it and its neighbours. */
    void setWhitespace(List<CoreLabel> tokens) {
        int previousEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            int nextBegin = i + 1 < tokens.size() ? tokens.get(i + 1).beginPosition() : source.length();
            t.setBefore(between(previousEnd, t.beginPosition()));
            t.setAfter(between(t.endPosition(), nextBegin));
            previousEnd = Math.max(previousEnd, t.endPosition());
        }
    }

    private String between(int from, int to) {
        return to > from ? source.substring(from, to) : "";
    }

    /** The code-point span in the original text of a moved token. */
    Span codePoints(CoreLabel token) {
        Span s = moved.get(token);
        if (s == null) {
            throw new IllegalStateException("token '" + token.word() + "' was not moved onto the original text");
        }
        return s;
    }
}
