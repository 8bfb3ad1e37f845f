package org.threadlens.trends;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.store.CorpusStore;
import org.threadlens.trends.synth.SyntheticSpec;

/**
 * The 95% intervals hold the true value about 95% of the time. Each day of each community of a synthetic corpus
 * is a repetition whose true mean score is known exactly (the generator's mood for that community and week),
 * as is the true sentiment of each entity in each week; three seeds give several hundred repetitions. Threads
 * differ in size (heavy-tailed) and in mood, so intervals that treated comments as independent would cover far
 * less often.
 */
class IntervalCoverageTest {
    @TempDir
    Path dir;

    @Test
    void moodIntervalsCoverTheTrueMeanInAbout95PercentOfCells() throws Exception {
        int cells = 0;
        int covered = 0;
        int entityCells = 0;
        int entityCovered = 0;
        for (long seed : new long[] {101, 202, 303}) {
            SyntheticSpec spec = SyntheticSpec.defaults(seed, 30_000);
            try (CorpusStore store = SyntheticStores.write(dir.resolve("s" + seed + ".duckdb"), spec)) {
                TrendViews views = new TrendViews(store);
                Trends daily = views.query(new TrendQuery(Period.DAY, spec.communities(), List.of(), null, null, 0));
                for (MoodCell c : daily.mood()) {
                    if (c.score().hasInterval()) {
                        cells++;
                        double truth = spec.mood(c.community(), spec.week(c.period().toEpochDay() * 86_400));
                        covered += c.score().covers(truth) ? 1 : 0;
                    }
                }
                Trends weekly = views.query(new TrendQuery(Period.WEEK, spec.communities(), List.of(), null, null, 12));
                for (EntitySeries s : weekly.entities()) {
                    for (EntityCell c : s.cells()) {
                        if (c.score().hasInterval()) {
                            entityCells++;
                            double truth = spec.entitySentiment(s.name(), spec.week(c.period().toEpochDay() * 86_400));
                            entityCovered += c.score().covers(truth) ? 1 : 0;
                        }
                    }
                }
            }
        }
        double mood = (double) covered / cells;
        double entity = (double) entityCovered / entityCells;
        assertTrue(cells > 400, cells + " mood cells");
        assertTrue(mood > 0.92 && mood < 0.985, "mood coverage " + covered + "/" + cells + " = " + mood);
        assertTrue(entityCells > 300, entityCells + " entity cells");
        assertTrue(entity > 0.92 && entity < 0.985, "entity coverage " + entityCovered + "/" + entityCells + " = " + entity);
        System.out.printf("coverage: mood %d/%d = %.3f, entity sentiment %d/%d = %.3f%n", covered, cells, mood,
                entityCovered, entityCells, entity);
    }
}
