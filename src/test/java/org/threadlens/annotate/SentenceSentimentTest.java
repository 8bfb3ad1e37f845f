package org.threadlens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentenceSentimentTest {
    /** The seed thread's comment 1 as written before the rule: "positive" beside a mostly neutral distribution. */
    private static final SentimentDistribution SEED = new SentimentDistribution(0.0, 0.10, 0.71, 0.09, 0.10);

    @Test
    void aLabelThatIsNotTheArgmaxIsRefusedWithLabelAndDistributionNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SentenceSentiment(SentimentLabel.POSITIVE, SEED, "vader"));
        assertTrue(e.getMessage().contains("'positive'"), e.getMessage());
        assertTrue(e.getMessage().contains(SEED.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("'neutral'"), e.getMessage());
        assertTrue(e.getMessage().startsWith("vader "), e.getMessage());
    }

    @Test
    void theArgmaxIsAccepted() {
        assertEquals(SentimentLabel.NEUTRAL, new SentenceSentiment(SentimentLabel.NEUTRAL, SEED, "vader").label());
    }

    @Test
    void aTieMayGoToAnyOfTheTiedClasses() {
        SentimentDistribution tie = new SentimentDistribution(0, 0, 0.45, 0.45, 0.10);
        assertEquals(SentimentLabel.POSITIVE, new SentenceSentiment(SentimentLabel.POSITIVE, tie, "corenlp").label());
        assertEquals(SentimentLabel.NEUTRAL, new SentenceSentiment(SentimentLabel.NEUTRAL, tie, "corenlp").label());
        assertThrows(IllegalArgumentException.class,
                () -> new SentenceSentiment(SentimentLabel.VERY_POSITIVE, tie, "corenlp"));
    }

    @Test
    void aRecordedSentimentIsKeptAsWritten() {
        SentenceSentiment old = SentenceSentiment.asRecorded(SentimentLabel.POSITIVE, SEED, "vader");
        assertEquals(SentimentLabel.POSITIVE, old.label());
        assertEquals(SEED, old.distribution());
    }

    @Test
    void equalityIsOverTheThreeFields() {
        SentenceSentiment a = new SentenceSentiment(SentimentLabel.NEUTRAL, SEED, "vader");
        assertEquals(a, SentenceSentiment.asRecorded(SentimentLabel.NEUTRAL, SEED, "vader"));
        assertEquals(a.hashCode(), new SentenceSentiment(SentimentLabel.NEUTRAL, SEED, "vader").hashCode());
        assertTrue(!a.equals(new SentenceSentiment(SentimentLabel.NEUTRAL, SEED, "corenlp")));
    }
}
