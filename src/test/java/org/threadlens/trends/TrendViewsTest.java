package org.threadlens.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.store.CorpusStore;
import org.threadlens.trends.synth.SyntheticSpec;

/**
 * The corpus view on a synthetic corpus of 8 weeks from Monday 2026-01-05 in news, science and gaming: mood
 * +0.10 everywhere, except news from week 3 (2026-01-19) on, -0.20; Tesla said to be +0.30 until week 5
 * (2026-02-02), -0.30 from then on. The views must find exactly that, with intervals that hold the truth.
 */
class TrendViewsTest {
    private static final LocalDate WEEK_3 = LocalDate.of(2026, 1, 19);
    private static final LocalDate WEEK_5 = LocalDate.of(2026, 2, 2);
    @TempDir
    static Path dir;
    private static SyntheticSpec spec;
    private static CorpusStore store;
    private static TrendViews views;

    @BeforeAll
    static void write() throws Exception {
        spec = SyntheticSpec.defaults(11, 40_000);
        store = SyntheticStores.write(dir.resolve("synthetic.duckdb"), spec);
        views = new TrendViews(store);
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    private static Trends weekly(List<String> communities, List<String> entities) throws Exception {
        return views.query(new TrendQuery(Period.WEEK, communities, entities, null, null, 3));
    }

    @Test
    void theMoodOfNewsDropsInWeekThreeAndTheIntervalsHoldTheTruth() throws Exception {
        Trends t = weekly(List.of("r/NEWS", "science"), List.of());
        assertEquals(List.of("news", "science"), t.communities(), "names resolved to the stored ones");
        assertEquals(16, t.mood().size(), "8 weeks of 2 communities");
        int missed = 0;
        for (MoodCell c : t.mood()) {
            double truth = c.community().equals("news") && !c.period().isBefore(WEEK_3) ? -0.20 : 0.10;
            assertFalse(c.tooFew(), c.toString());
            assertTrue(Math.abs(c.score().value() - truth) < 0.1, c.community() + " " + c.period() + ": " + c.score());
            assertTrue(c.score().high() - c.score().low() < 0.25, "an interval that says something: " + c.score());
            missed += c.score().covers(truth) ? 0 : 1;
        }
        assertTrue(missed <= 2, missed + " of 16 intervals miss the truth: at 95%, about one in twenty may");
        MoodCell before = cell(t, "news", WEEK_3.minusWeeks(1));
        MoodCell after = cell(t, "news", WEEK_3);
        assertTrue(after.score().high() < before.score().low(), "the drop is beyond both intervals: " + before + after);
    }

    @Test
    void everyCommunityTogetherIsOneSeriesThatCountsEveryText() throws Exception {
        Trends t = weekly(List.of(), List.of());
        assertEquals(List.of("*"), t.communities());
        assertEquals(40_000, t.mood().stream().mapToLong(MoodCell::texts).sum());
        assertEquals(0, t.span().untimed());
    }

    @Test
    void teslasSentimentTurnsInWeekFiveAndItIsTheMostMentioned() throws Exception {
        Trends t = weekly(List.of(), List.of());
        assertEquals("Tesla", t.entities().get(0).name(), "most mentioned first");
        EntitySeries tesla = t.entities().get(0);
        assertEquals("Tesla,_Inc.", tesla.link());
        assertEquals(8, tesla.cells().size());
        for (EntityCell c : tesla.cells()) {
            double truth = c.period().isBefore(WEEK_5) ? 0.30 : -0.30;
            assertTrue(Math.abs(c.score().value() - truth) < 0.06, c.period() + ": " + c.score() + " against " + truth);
            assertTrue(c.share().value() > 0.05 && c.share().value() < 0.11, "Tesla is in about 8% of texts: " + c.share());
            assertTrue(c.authors() > 0 && c.authors() <= c.texts() && c.texts() <= c.mentions(), c.toString());
        }
    }

    @Test
    void theHalvesShowTeslaAsTheSurestChangeOfSentiment() throws Exception {
        List<EntityChange> changes = views.changes("*", false, 3);
        EntityChange first = changes.get(0);
        assertEquals("Tesla", first.series().name());
        assertTrue(first.scoreChange().high() < -0.4, "from +0.30 to -0.30, surely: " + first.scoreChange());
        for (EntityChange other : changes.subList(1, changes.size())) {
            // no other entity changes; at 95%, one in twenty intervals may still miss 0, by little
            assertTrue(Math.abs(other.scoreChange().value()) < 0.1, other.toString());
        }
    }

    @Test
    void anEntityIsFoundByAnyNameOrItsWikipediaTitleOrAddress() throws Exception {
        for (String asked : List.of("tesla", "Tesla,_Inc.", "Tesla, Inc.", "https://en.wikipedia.org/wiki/Tesla%2C_Inc.")) {
            Trends t = weekly(List.of(), List.of(asked));
            assertEquals(1, t.entities().size(), asked);
            assertEquals("link:Tesla,_Inc.", t.entities().get(0).key(), asked);
        }
    }

    @Test
    void anUnknownEntityOrCommunityIsAnsweredWithWhatTheStoreHolds() {
        TrendException e = assertThrows(TrendException.class, () -> weekly(List.of(), List.of("Tesl")));
        assertTrue(e.getMessage().contains("no entity 'Tesl'") && e.getMessage().contains("names like it: Tesla"),
                e.getMessage());
        e = assertThrows(TrendException.class, () -> weekly(List.of("politics"), List.of()));
        assertTrue(e.getMessage().contains("no community 'politics'") && e.getMessage().contains("news"), e.getMessage());
    }

    @Test
    void sinceAndUntilSelectWholePeriods() throws Exception {
        Trends t = views.query(new TrendQuery(Period.WEEK, List.of(), List.of(), Instant.parse("2026-01-21T12:00:00Z"),
                Instant.parse("2026-02-02T00:00:00Z"), 0));
        assertEquals(List.of(WEEK_3, WEEK_3.plusWeeks(1)), t.mood().stream().map(MoodCell::period).toList(),
                "the week holding Wednesday the 21st, whole; until the Monday of week 5, exclusive");
        assertEquals(List.of(), t.entities());
    }

    @Test
    void aCellOfFewThreadsSaysSoAndHasNoInterval() throws Exception {
        Trends t = views.query(new TrendQuery(Period.DAY, List.of(), List.of("Mrs Patel"), null, null, 0));
        List<EntityCell> few = t.entities().get(0).cells().stream().filter(EntityCell::tooFew).toList();
        assertFalse(few.isEmpty(), "some days mention Mrs Patel in fewer than 5 threads");
        for (EntityCell c : few) {
            assertFalse(c.score().hasInterval());
            assertTrue(c.scored() < TrendQuery.MIN_TEXTS || c.threads() < TrendQuery.MIN_THREADS, c.toString());
        }
    }

    private static MoodCell cell(Trends t, String community, LocalDate period) {
        return t.mood().stream().filter(c -> c.community().equals(community) && c.period().equals(period)).findFirst()
                .orElseThrow();
    }
}
