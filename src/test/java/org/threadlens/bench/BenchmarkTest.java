package org.threadlens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.Comments;
import org.threadlens.thread.DiscussionThread;

/** The benchmark's pieces that need no models: which texts both sides get, the baseline's subset, the rates. */
class BenchmarkTest {
    @Test
    void bothSidesGetThePreparedTextOfEveryCommentThatIsAnnotated() {
        DiscussionThread t = Comments.thread("t1", post("t1", "I **really** like [this](https://example.com)."),
                new Comment("c1", "t1", CommentKind.COMMENT, 1, "[deleted]", null, 1_600_000_100L, "[deleted]",
                        Set.of(CommentFlag.DELETED)),
                reply("c2", "t1", "&gt; quoted\n\nMy own words."));
        List<String> texts = BenchInput.texts(t);
        assertEquals("A title", texts.get(0), "the title comes first, as plain text");
        assertTrue(texts.contains("I really like this."), texts.toString());
        assertTrue(texts.stream().noneMatch(s -> s.contains("[deleted]")), texts.toString());
        assertTrue(texts.stream().anyMatch(s -> s.contains("My own words.")), texts.toString());
    }

    @Test
    void aSlowBaselineReadsAnEvenlySpreadSubset() {
        List<String> all = IntStream.range(0, 10).mapToObj(Integer::toString).toList();
        assertEquals(List.of("0", "2", "4", "6", "8"), Benchmark.spread(all, 5));
        assertEquals(all, Benchmark.spread(all, 10));
        assertEquals(all, Benchmark.spread(all, Integer.MAX_VALUE));
    }

    @Test
    void ratesPerWallSecondAndPerCpuSecond() {
        PhaseResult r = new PhaseResult("plain CoreNLP, round 1", 200, 15_400, 4.0, 8.0, 3_000_000_000L, -1, -1);
        assertEquals(50.0, r.textsPerSecond());
        assertEquals(3_850.0, r.tokensPerSecond());
        assertEquals(25.0, r.textsPerCpuSecond());
        assertTrue(Double.isNaN(new PhaseResult("x", 1, 1, 1.0, -1, 0, -1, -1).textsPerCpuSecond()));
        assertTrue(r.format().contains("50.0 comments/s"), r.format());
        assertFalse(r.format().contains("JIT"), "unknown JIT and GC time is left out: " + r.format());
        PhaseResult withJvm = new PhaseResult("ThreadLens end to end, round 1", 200, 15_400, 4.0, 8.0, 0, 0.25, 0.125);
        assertTrue(withJvm.format().endsWith("(JIT 0.25 s, GC 0.13 s)"), withJvm.format());
    }

    @Test
    void theRatioIsTheMedianOfEachRoundsRatioAndOfAnEvenNumberTheMeanOfTheMiddleTwo() {
        // The baseline slows in rounds 3 and 4 (a neighbour's load), and ThreadLens with it: each round's
        // ratio is still 0.5, 0.6, 0.7 or 0.8, though the medians of the rates would give 26 / 35 = 0.74.
        List<PhaseResult> base = List.of(round(20), round(50), round(40), round(30));
        List<PhaseResult> ours = List.of(round(10), round(30), round(28), round(24));
        assertEquals(0.65, Benchmark.medianRatio(ours, base, PhaseResult::textsPerSecond), 1e-9);
        assertEquals(0.6, Benchmark.medianRatio(ours.subList(0, 3), base.subList(0, 3), PhaseResult::textsPerSecond), 1e-9);
    }

    private static PhaseResult round(int texts) {
        return new PhaseResult("r", texts, 0, 1.0, 1.0, 0, -1, -1);
    }

    @Test
    void aWarmUpRoundHasLetTheJitSettleWhenAtMostTwoPercentOfItsCpuTimeWentToCompiling() {
        assertTrue(Benchmark.settled(round(6.0, 0.11)), "1.8%");
        assertFalse(Benchmark.settled(round(6.0, 0.30)), "5%: code run once per thread is still being compiled");
        assertTrue(Benchmark.settled(round(6.0, -1)), "a JVM that does not tell its JIT time cannot be waited on");
    }

    private static PhaseResult round(double cpuSeconds, double jitSeconds) {
        return new PhaseResult("warm-up 1, ThreadLens", 2000, 160_000, cpuSeconds / 2, cpuSeconds, 2_000_000_000L, jitSeconds, 0.02);
    }

    @Test
    void processCpuTimeAdvancesWithWork() {
        long start = ProcessCpu.nanos();
        double sink = 0;
        for (int i = 0; i < 20_000_000; i++) {
            sink += Math.sqrt(i);
        }
        assertTrue(sink > 0);
        assertTrue(ProcessCpu.secondsSince(start) > 0, "CPU time of this process should have grown");
    }
}
