package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.cli.CliTest.assertFails;
import static org.threadlens.cli.CliTest.run;

import org.junit.jupiter.api.Test;

/** threadlens spark: usage mistakes are answered before Spark starts (integration tests run the job). */
class SparkCommandTest {
    @Test
    void withoutAnOutputNothingWouldBeWritten() {
        assertFails(run("spark", "RC_2024-01.zst"), 2, "no output given: name a JSONL or a Parquet directory");
    }

    @Test
    void theEngineOptionsAreAnnotates() {
        assertFails(run("spark", "--engine", "spacy", "--out", "out", "RC_2024-01.zst"), 2, "spacy");
        assertFails(run("spark", "--engine", "opennlp", "--annotators", "entities", "--out", "out", "RC_2024-01.zst"), 2,
                "entities");
        assertFails(run("spark", "--non-english", "drop", "--out", "out", "RC_2024-01.zst"), 2,
                "--non-english: unknown mode 'drop': known are skip, flag, off");
    }

    @Test
    void negativePartitionsAreRefused() {
        assertFails(run("spark", "--partitions", "-1", "--out", "out", "RC_2024-01.zst"), 2, "partitions must not be negative");
    }

    @Test
    void helpListsTheJobsOptions() {
        CliTest.Outcome o = run("spark", "--help");
        assertEquals(0, o.exit());
        for (String option : new String[] {"--master", "--out", "--parquet", "--partitions", "--structure-only", "--engine"}) {
            assertTrue(o.out().contains(option), option + " in " + o.out());
        }
    }
}
