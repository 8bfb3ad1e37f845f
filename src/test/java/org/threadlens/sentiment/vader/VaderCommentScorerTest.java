package org.threadlens.sentiment.vader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.ScorerSentiment;

class VaderCommentScorerTest {
    private static final VaderCommentScorer VADER = VaderCommentScorer.standard();

    private static void assertLabelIsTheMostProbablePolarity(String text) {
        ScorerSentiment s = VADER.score(text);
        assertEquals(Polarity.of(s.label()), s.polarity().argMax(), () -> text + ": label " + s.label().wireName()
                + " beside " + s.distribution());
    }

    @Test
    void aCommentsLabelIsTheMostProbablePolarityOfItsDistribution() {
        for (String text : List.of("This is the best launch I have ever watched!!", "meh", "It was fine, I guess.",
                "Terrible, awful, a waste of everyone's time.", "not bad at all", "I don't hate it",
                "Great rocket. The landing was a disaster though.", "The booster lands on a barge.")) {
            assertLabelIsTheMostProbablePolarity(text);
        }
    }

    @Test
    void aMostlyNeutralCommentWithOnePositiveWordIsPositiveInLabelAndDistribution() {
        // VADER's word proportions of this comment are mostly neutral; its compound is positive
        ScorerSentiment s = VADER.score("The launch window opens at 9 and the crew boards an hour before, which is great.");
        assertEquals(Polarity.POSITIVE, Polarity.of(s.label()));
        assertEquals(Polarity.POSITIVE, s.polarity().argMax());
    }
}
