package org.threadlens.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.SecondOpinion;

/** The comment-level combiner: the first combination whose scorers are present, and when to ask a second opinion. */
class SentimentCombinerTest {
    /** Two combinations: "a"+"b" leans on b, "a" alone follows a; b is a second opinion below 0.7 of a. */
    private static final String JSON = """
            {"format": "threadlens-sentiment-combiner/1",
             "combinations": [
               {"scorers": ["a", "b"], "weights": [[0,0,0, 5,0,0, 0], [0,0,0, 0,0,0, 0], [0,0,0, 0,5,0, 0]], "bias": [1,1,1]},
               {"scorers": ["a"], "weights": [[5,0,0, 0], [0,0,0, 0], [0,5,0, 0]], "bias": [1,1,1]}],
             "secondOpinions": [{"scorer": "b", "gate": "a", "below": 0.7}]}
            """;

    private static SentimentCombiner combiner() throws Exception {
        return SentimentCombiner.parse(new ObjectMapper().readTree(JSON));
    }

    private static ScorerSentiment sure(String scorer, Polarity p) {
        PolarityDistribution d = PolarityDistribution.ofWeights(p == Polarity.NEGATIVE ? 1 : 0, p == Polarity.NEUTRAL ? 1 : 0,
                p == Polarity.POSITIVE ? 1 : 0);
        return ScorerSentiment.of(scorer, d);
    }

    @Test
    void theFirstCombinationWhoseScorersArePresentDecides() throws Exception {
        SentimentCombiner c = combiner();
        Map<String, ScorerSentiment> both = Map.of("a", sure("a", Polarity.POSITIVE), "b", sure("b", Polarity.NEGATIVE));
        assertEquals(Polarity.NEGATIVE, c.combine(both).label(), "with b present, the a+b combination follows b");
        assertEquals(Polarity.POSITIVE, c.combine(Map.of("a", sure("a", Polarity.POSITIVE))).label());
        assertEquals(SentimentCombiner.COMBINED, c.combine(both).method());
    }

    @Test
    void theSecondOpinionRuleIsRead() throws Exception {
        SecondOpinion.Rule rule = combiner().secondOpinion("b").orElseThrow();
        assertEquals("a", rule.gate());
        assertEquals(0.7, rule.below());
        assertTrue(combiner().secondOpinion("a").isEmpty());
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SecondOpinion.Rule("a", 1.5));
    }
}
