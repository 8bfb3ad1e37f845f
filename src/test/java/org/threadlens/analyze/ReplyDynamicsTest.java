package org.threadlens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.thread.Comments;

class ReplyDynamicsTest {
    @Test
    void shiftsTurnsAndTheLongestNegativeChain() {
        // fake engine: "great" positive, "waste" negative, else neutral
        AnnotatedThread r = Records.annotate(Comments.thread("t",
                post("t", "This is great."),
                reply("a", "t", "A waste."),
                reply("b", "a", "Total waste."),
                reply("c", "b", "Such a waste."),
                reply("d", "t", "Fine."),
                reply("e", "d", "Great then.")));
        ReplyDynamics d = r.summary().dynamics();
        assertEquals(List.of("a", "b", "c", "d", "e"), List.copyOf(d.shifts().keySet()));
        assertEquals(1, d.turnedNegative(), "only a turns negative; b and c were already under negative parents");
        assertEquals(3, d.longestNegativeChain());
        assertEquals(List.of("a", "b", "c"), d.chain());
        assertEquals(0, d.shifts().get("b"), 1e-9);
        assertEquals(d.shifts().get("a") < 0, true);
    }
}
