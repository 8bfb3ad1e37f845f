package org.threadlens.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.CommentScorer;
import org.threadlens.annotate.SecondOpinion;

/** The comment scorers a run gets: the shipped models, the bge encoder as the second opinion the combiner's rule says. */
class SentimentScorersIT {
    private static List<String> names(List<CommentScorer> scorers) {
        return scorers.stream().map(CommentScorer::name).toList();
    }

    @Test
    void theEncoderIsAskedWhereTheWordModelIsUnsure() {
        List<CommentScorer> scorers = SentimentScorers.standard(true);
        assertEquals(List.of("vader", "opennlp", "bge"), names(scorers));
        SecondOpinion encoder = assertInstanceOf(SecondOpinion.class, scorers.get(2));
        assertEquals("opennlp", encoder.rule().gate());
        assertEquals(0.65, encoder.rule().below(), "the threshold train sentiment chose, from models/sentiment-combiner.json");
    }

    @Test
    void withoutTheEncoderTheOtherScorersRemain() {
        assertEquals(List.of("vader", "opennlp"), names(SentimentScorers.standard(false)));
    }
}
