package org.threadlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.threadlens.report.ReportFixtures.annotate;
import static org.threadlens.report.ReportFixtures.comment;
import static org.threadlens.report.ReportFixtures.launch;
import static org.threadlens.report.ReportFixtures.thread;

import org.junit.jupiter.api.Test;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.annotate.Polarity;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;

class CorpusMoodTest {
    @Test
    void poolsTheCommentsOfEveryThread() {
        CorpusMood mood = new CorpusMood();
        mood.add(annotate(launch()));
        mood.add(annotate(thread("w", "Waste", comment("p", null, "a", 0, "A waste."), comment("r", "p", "b", 1, "So great."))));
        SentimentSummary s = mood.summary();
        assertEquals(2, mood.threads());
        assertEquals(7, s.comments());
        assertEquals(3, s.counts().get(Polarity.NEGATIVE));
        assertEquals(3 / 7.0, s.share(Polarity.POSITIVE), 1e-12);
        // scores: +0.4167, -0.75, -0.75, +0.25, +0.75 (launch), -0.75, +0.75: mean -0.0119, sd 0.7127
        assertEquals(-0.0119, s.score(), 1e-4);
        assertEquals(-0.0119 - 1.96 * 0.7127 / Math.sqrt(7), s.scoreInterval().low(), 1e-3);
        assertEquals(-0.0119 + 1.96 * 0.7127 / Math.sqrt(7), s.scoreInterval().high(), 1e-3);
    }

    @Test
    void threadsWithoutSentimentCountButGiveNoMood() {
        CorpusMood mood = new CorpusMood();
        mood.add(AnnotatedThread.structureOnly(launch(), Provenance.structureOnly("test")));
        assertEquals(1, mood.threads());
        assertEquals(5, mood.texts());
        assertNull(mood.summary());
    }
}
