package org.threadlens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.SentimentDistribution;
import org.threadlens.annotate.SentimentLabel;
import org.threadlens.sentiment.SentimentCombiner;

/** The sentiment of one sentence that names an entity: what it combines. */
class EntitySentimentTest {
    private static final SentimentDistribution VERY_NEGATIVE = new SentimentDistribution(1, 0, 0, 0, 0);
    private static final Map<String, ScorerSentiment> MILDLY_POSITIVE = Map.of(
            "opennlp", polar("opennlp", 0.2, 0.3, 0.5),
            "vader", polar("vader", 0.1, 0.5, 0.4));

    private static ScorerSentiment polar(String scorer, double neg, double neu, double pos) {
        return ScorerSentiment.of(scorer, new PolarityDistribution(neg, neu, pos));
    }

    private static Sentence sentence(String sentenceScorer) {
        return new Sentence(0, 10, false, new SentenceSentiment(SentimentLabel.VERY_NEGATIVE, VERY_NEGATIVE, sentenceScorer))
                .withScores(MILDLY_POSITIVE);
    }

    @Test
    void coreNlpsOwnSentenceSentimentIsKeptButNotCombinedByTheShippedCombiner() {
        // the shipped combinations read opennlp, vader and bge: CoreNLP's roll-up lowered two dev sets of three
        assertTrue(SentimentCombiner.standard().combinations().stream().noneMatch(c -> c.scorers().contains("corenlp")));
        assertEquals(SentimentCombiner.standard().combine(MILDLY_POSITIVE), MentionSentiment.of(sentence("corenlp")));
    }

    @Test
    void aSentenceScorersSentimentIsNotTakenForCoreNlps() {
        // VADER's five classes are not CoreNLP's: the combiner's corenlp weights do not apply to them, and the
        // sentence's VADER score is among its scores already
        assertEquals(SentimentCombiner.standard().combine(MILDLY_POSITIVE), MentionSentiment.of(sentence("vader")));
    }
}
