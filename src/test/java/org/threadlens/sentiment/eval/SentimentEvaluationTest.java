package org.threadlens.sentiment.eval;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PrfCounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.threadlens.Fixtures.fixture;

class SentimentEvaluationTest {
    @Test
    void goEmotionsKeepsCommentsOfOneGroupAndLeavesOutMixedAndAmbiguousOnes() throws Exception {
        SentimentSets.LabelledSet set = SentimentSets.goEmotions(fixture("eval/goemotions/sample.tsv"));
        assertEquals(List.of(Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.NEUTRAL, Polarity.POSITIVE),
                set.items().stream().map(SentimentSets.Labelled::gold).toList());
        // "What? Why?" is confusion only (ambiguous); "Great, but I hate it." is joy + anger (mixed)
        assertEquals(2, set.leftOut());
        assertEquals("Thanks, and I am curious.", set.items().get(3).text());
    }

    @Test
    void macroF1IsTheMeanOfTheClassesF1() {
        SentimentEvaluation e = new SentimentEvaluation();
        e.add(Polarity.POSITIVE, Polarity.POSITIVE);
        e.add(Polarity.POSITIVE, Polarity.NEUTRAL);
        e.add(Polarity.NEGATIVE, Polarity.NEGATIVE);
        e.add(Polarity.NEUTRAL, null);
        assertEquals(0.75, e.accuracy(), 1e-9);
        // F1: negative 1, neutral 2/3 (tp 1, fp 1), positive 2/3 (tp 1, fn 1)
        assertEquals((1 + 2 / 3.0 + 2 / 3.0) / 3, e.macroF1(), 1e-9);
    }

    @Test
    void prfHandlesEmptyClasses() {
        assertEquals(0, PrfCounts.zero().f1());
        assertEquals(0.5, new PrfCounts(1, 1, 1).f1(), 1e-9);
    }
}
