package org.threadlens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.SentimentDistribution;
import org.threadlens.annotate.SentimentLabel;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;

class CoreNlpRollupTest {
    private static final SentimentDistribution NEG = new SentimentDistribution(0, 1, 0, 0, 0);
    private static final SentimentDistribution POS = new SentimentDistribution(0, 0, 0, 1, 0);

    /** Annotations of sentences given as (token count, distribution, quoted), scored by CoreNLP. */
    private static TextAnnotations sentences(Object... spec) {
        return scoredBy("corenlp", spec);
    }

    private static TextAnnotations scoredBy(String scorer, Object... spec) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < spec.length; i += 3) {
            int n = (Integer) spec[i];
            SentimentDistribution d = (SentimentDistribution) spec[i + 1];
            sentences.add(new Sentence(at, at + n, (Boolean) spec[i + 2], d == null ? null : new SentenceSentiment(d.argMax(), d, scorer)));
            for (int k = 0; k < n; k++) {
                tokens.add(new Token(at + k, at + k + 1, "w", null, null, null, sentences.size() - 1));
            }
            at += n;
        }
        return new TextAnnotations(EnumSet.allOf(Layer.class), sentences, tokens, List.of(), List.of());
    }

    @Test
    void sentencesWeighByTheirTokens() {
        ScorerSentiment s = CoreNlpRollup.of(sentences(3, POS, false, 1, NEG, false));
        assertEquals(0.75, s.distribution().get(SentimentLabel.POSITIVE.value()), 1e-9);
        assertEquals(SentimentLabel.POSITIVE, s.label());
        assertEquals(0.25, s.score(), 1e-9); // 0.75 * 0.5 + 0.25 * -0.5
        assertEquals(0.75, s.polarity().positive(), 1e-9);
        assertEquals("corenlp", s.scorer());
    }

    @Test
    void quotedSentencesDoNotCountForTheAuthor() {
        ScorerSentiment s = CoreNlpRollup.of(sentences(10, NEG, true, 2, POS, false));
        assertEquals(SentimentLabel.POSITIVE, s.label());
        assertEquals(1.0, s.distribution().get(SentimentLabel.POSITIVE.value()), 1e-9);
    }

    @Test
    void noScoredSentenceMeansNoCommentSentiment() {
        assertNull(CoreNlpRollup.of(sentences(4, null, false)));
        assertNull(CoreNlpRollup.of(sentences()));
    }

    @Test
    void sentencesScoredOnlyByAnotherScorerGiveNoCoreNlpRollup() {
        assertNull(CoreNlpRollup.of(scoredBy("vader", 3, POS, false, 2, NEG, false)));
    }
}
