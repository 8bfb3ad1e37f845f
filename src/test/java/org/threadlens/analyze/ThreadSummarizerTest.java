package org.threadlens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Polarity;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.thread.Comments;

class ThreadSummarizerTest {

    @Test
    void theThreadMoodCountsEveryCommentOnceWithIntervals() {
        AnnotatedThread r = Records.annotate(Comments.thread("t",
                post("t", "Ask Turing, this is great."),
                reply("a", "t", "I met Turing's student and it was a waste."),
                reply("b", "t", "Ok then Turing.")));
        SentimentSummary s = r.summary().sentiment();
        assertEquals(3, s.comments());
        assertEquals(1, s.counts().get(Polarity.POSITIVE));
        assertEquals(1, s.counts().get(Polarity.NEGATIVE));
        assertEquals(1 / 3.0, s.share(Polarity.NEUTRAL), 1e-9);
        Interval ci = s.shareInterval(Polarity.NEUTRAL);
        assertTrue(ci.low() < 1 / 3.0 && ci.high() > 1 / 3.0 && ci.high() - ci.low() > 0.5, "three comments say little: " + ci);
    }

    @Test
    void weightedMoodsAreReportedByLengthAndByScore() {
        AnnotatedThread r = Records.annotate(Comments.thread("t", post("t", "This is great."), reply("a", "t", "What a waste.")));
        assertEquals(List.of("length", "score"), List.copyOf(r.summary().weighted().keySet()));
    }
}
