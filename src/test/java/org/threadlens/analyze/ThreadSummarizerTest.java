package org.threadlens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Polarity;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.thread.Comments;

class ThreadSummarizerTest {

    @Test
    void mentionsOfOneNameInAnyCaseOrPossessiveAreOneEntity() {
        assertEquals("sutskever", ThreadSummarizer.normalize("Sutskever's"));
        assertEquals("sutskever", ThreadSummarizer.normalize("SUTSKEVER\u2019s"));
        assertEquals("open ai", ThreadSummarizer.normalize("\"Open  AI\""));
    }

    @Test
    void theSummaryCountsMentionsCommentsAndShares() {
        AnnotatedThread r = Records.annotate(Comments.thread("t",
                post("t", "Ask Turing, this is great."),
                reply("a", "t", "I met Turing's student and it was a waste."),
                reply("b", "t", "Ok then Turing.")));
        EntitySummary turing = r.summary().entities().get(0);
        assertEquals("Turing", turing.name());
        assertEquals(3, turing.mentions());
        assertEquals(List.of("t", "a", "b"), turing.commentIds());
        SentimentSummary s = r.summary().sentiment();
        assertEquals(3, s.comments());
        assertEquals(1, s.counts().get(Polarity.POSITIVE));
        assertEquals(1, s.counts().get(Polarity.NEGATIVE));
        assertEquals(1 / 3.0, s.share(Polarity.NEUTRAL), 1e-9);
    }

    @Test
    void numbersAndDatesAreNotThreadEntities() {
        assertEquals(false, ThreadSummarizer.isNamed(new EntityMention("two", "NUMBER", 0, 3, 0)));
        assertEquals(true, ThreadSummarizer.isNamed(new EntityMention("NASA", "ORGANIZATION", 0, 4, 0)));
    }
}
