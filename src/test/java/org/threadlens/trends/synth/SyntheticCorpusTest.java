package org.threadlens.trends.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threadlens.analyze.EntitySummary;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.ThreadRecordWriter;
import org.threadlens.testkit.SpanAssertions;
import org.threadlens.thread.Comment;

/** The model of {@link SyntheticCorpus}, checked on what it generates. */
class SyntheticCorpusTest {
    /** Large enough for the planted changes to show through the thread-level noise (about 1,300 threads). */
    private static final int LARGE = 30_000;
    private static SyntheticCorpus corpus;
    private static List<AnnotatedThread> records;

    @BeforeAll
    static void generate() {
        corpus = new SyntheticCorpus(SyntheticSpec.defaults(42, LARGE));
        records = corpus.stream().toList();
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
        assertEquals(json(SyntheticSpec.defaults(7, 2000)), json(SyntheticSpec.defaults(7, 2000)));
        assertNotEquals(json(SyntheticSpec.defaults(7, 2000)), json(SyntheticSpec.defaults(8, 2000)));
    }

    @Test
    void theTotalIsExactlyTheCommentsAskedFor() {
        for (int n : new int[] {1, 2, 37, 5000}) {
            SyntheticCorpus c = new SyntheticCorpus(SyntheticSpec.defaults(3, n));
            assertEquals(n, c.stream().mapToInt(r -> r.thread().comments().size()).sum(), n + " comments");
        }
        assertEquals(LARGE, records.stream().mapToInt(r -> r.thread().comments().size()).sum());
        assertEquals(corpus.threads(), records.size());
        double meanSize = (double) LARGE / corpus.threads();
        assertTrue(meanSize > 15 && meanSize < 35, "mean thread size " + meanSize);
    }

    @Test
    void threadsAreWellFormedRedditThreadsWithinTheWeeks() {
        SyntheticSpec spec = corpus.spec();
        for (AnnotatedThread r : records) {
            assertEquals("reddit", r.thread().platform());
            assertTrue(spec.communities().contains(r.thread().community()));
            assertTrue(r.thread().post().isPresent() && r.thread().title() != null, r.thread().id());
            Map<String, Long> times = new HashMap<>();
            for (Comment c : r.thread().comments()) {
                assertTrue(c.createdUtc() >= spec.startEpochSecond() && c.createdUtc() < spec.endEpochSecond(), c.id());
                assertTrue(c.parentId() == null || times.get(c.parentId()) <= c.createdUtc(), "reply " + c.id() + " after its parent");
                times.put(c.id(), c.createdUtc());
                assertTrue(c.author().matches("user\\d+"), c.author());
            }
            assertEquals("synthetic", r.provenance().engine().engine());
            assertEquals("sentences,entities,links,sentiment", r.provenance().layers());
        }
    }

    @Test
    void everyTextHasItsPlannedScoreExactlyInItsDistribution() {
        SyntheticSpec spec = corpus.spec();
        for (AnnotatedThread r : records) {
            for (Comment c : r.thread().comments()) {
                CommentSentiment s = r.annotationsOf(c).sentiment();
                assertEquals("synthetic", s.method());
                assertTrue(s.score() >= -1 && s.score() <= 1, c.id() + ": " + s.score());
                assertEquals(s.score(), s.distribution().positive() - s.distribution().negative(), 1e-15);
                double noise = s.score() - spec.mood(r.thread().community(), spec.week(c.createdUtc()));
                assertTrue(Math.abs(noise) <= 0.7, c.id() + ": thread offset and noise " + noise);
                assertEquals(s.score(), r.annotationsOf(c).scores().get("synthetic").score(), 1e-15);
            }
        }
    }

    /**
     * Means over threads of each thread's mean (the thread is the unit of sampling: its comments share its offset),
     * before and from the shift's week.
     */
    @Test
    void theShiftCommunityDropsByDeltaFromItsWeekAndTheOthersStay() {
        SyntheticSpec spec = corpus.spec();
        for (String community : spec.communities()) {
            double[] sum = new double[2];
            int[] threads = new int[2];
            records.stream().filter(r -> r.thread().community().equals(community)).forEach(r -> {
                double[] threadSum = new double[2];
                int[] n = new int[2];
                for (Comment c : r.thread().comments()) {
                    int side = spec.week(c.createdUtc()) >= spec.moodShift().fromWeek() ? 1 : 0;
                    threadSum[side] += r.annotationsOf(c).sentiment().score();
                    n[side]++;
                }
                for (int side = 0; side < 2; side++) {
                    if (n[side] > 0) {
                        sum[side] += threadSum[side] / n[side];
                        threads[side]++;
                    }
                }
            });
            double change = sum[1] / threads[1] - sum[0] / threads[0];
            double expected = community.equals("news") ? -0.30 : 0;
            assertEquals(expected, change, 0.08, community + " from week 3 (" + threads[0] + " threads before, "
                    + threads[1] + " after)");
        }
    }

    @Test
    void mentionsPointAtTheirEntityInTheTextAndCarryItsLink() {
        int mentions = 0;
        for (AnnotatedThread r : records) {
            for (Comment c : r.thread().comments()) {
                TextAnnotations a = r.annotationsOf(c);
                SpanAssertions.assertSpansHold(c.text(), a);
                assertTrue(a.entities().size() <= SyntheticText.MAX_MENTIONS);
                for (EntityMention e : a.entities()) {
                    SyntheticEntity known = SyntheticEntity.named(e.text()).orElseThrow();
                    assertEquals(known.name(), e.entity());
                    assertEquals(known.link(), e.link());
                    assertEquals(known.type(), e.type());
                    Sentence s = a.sentences().get(e.sentence());
                    assertTrue(s.begin() <= e.begin() && e.end() <= s.end(), "mention inside its sentence");
                    assertTrue(s.scores().containsKey("synthetic"), "an entity sentence has a scorer sentiment");
                    mentions++;
                }
            }
        }
        assertTrue(mentions > LARGE / 5, mentions + " mentions");
    }

    @Test
    void theTurningEntityChangesSignFromItsWeekInThreadSummaries() {
        SyntheticSpec spec = corpus.spec();
        double[] sum = new double[2];
        int[] n = new int[2];
        for (AnnotatedThread r : records) {
            EntitySummary tesla = r.summary().entities().stream().filter(e -> e.name().equals("Tesla")).findFirst().orElse(null);
            if (tesla == null) {
                continue;
            }
            boolean before = spec.week(tesla.lastMentionUtc()) < spec.entityTurn().fromWeek();
            boolean after = spec.week(tesla.firstMentionUtc()) >= spec.entityTurn().fromWeek();
            if (before || after) {
                assertEquals("Tesla,_Inc.", tesla.link());
                sum[after ? 1 : 0] += tesla.sentiment().score();
                n[after ? 1 : 0]++;
            }
        }
        assertEquals(0.30, sum[0] / n[0], 0.1, "threads wholly before week 5: " + n[0]);
        assertEquals(-0.30, sum[1] / n[1], 0.1, "threads wholly from week 5: " + n[1]);
    }

    @Test
    void titlesHaveASentenceAndNoSentiment() {
        TextAnnotations title = records.get(0).title();
        assertEquals(1, title.sentences().size());
        assertNull(title.sentiment());
        assertTrue(title.entities().isEmpty());
    }

    private static List<String> json(SyntheticSpec spec) {
        ThreadRecordWriter w = new ThreadRecordWriter(false);
        return new SyntheticCorpus(spec).stream().map(w::toJson).toList();
    }
}
