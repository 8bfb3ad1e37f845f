package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;
import static org.threadlens.cli.CliTest.assertFails;
import static org.threadlens.cli.CliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** threadlens bench: what would make the measurement meaningless is refused before any model loads. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void inputThatDoesNotReadIsRefusedInsteadOfTimingNothing() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "just some notes\n");
        assertFails(run("bench", notes.toString()), 2, "cannot benchmark on input that does not read: " + notes);
    }

    @Test
    void inputWithoutTextToAnnotateIsRefused() throws Exception {
        Path deleted = Files.writeString(dir.resolve("RC_deleted.ndjson"),
                "{\"id\":\"k1\",\"link_id\":\"t3_s1\",\"parent_id\":\"t3_s1\",\"body\":\"[deleted]\",\"created_utc\":1706745650}\n");
        assertFails(run("bench", deleted.toString()), 2, "no comment text to annotate");
    }

    @Test
    void measuresBothSidesOnTheSameTextsAndPrintsTheRatios() {
        CliTest.Outcome o = run("bench", "--annotators", "sentences", "--rounds", "2", "--warmup", "2", "--threads", "1",
                fixture("pushshift/RS_2024-01.ndjson").toString(), fixture("pushshift/RC_2024-01.ndjson.zst").toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("input: 3 threads, 9 comments, 9 texts to annotate"), o.out());
        for (String phase : new String[] {"plain CoreNLP, round 1", "ThreadLens end to end, round 1",
                "plain CoreNLP, round 2", "ThreadLens end to end, round 2"}) {
            assertTrue(o.out().contains(phase), phase + " in " + o.out());
        }
        assertTrue(o.out().matches("(?s).*ratio ThreadLens / plain CoreNLP \\(median over rounds\\): [0-9.]+ in comments/s, [0-9.]+ in "
                + "tokens/s, ([0-9.]+|NaN) in comments per CPU second\\n.*"), o.out());
        assertTrue(o.err().contains("baseline: tokenize (same properties)"), o.err());
        assertTrue(o.out().matches("(?s).*warmed up on [0-9]+ texts \\(ThreadLens\\) and 2 \\(plain CoreNLP\\).*"), o.out());
        assertTrue(o.out().matches("(?s).*ThreadLens end to end, round 2 .*\\(JIT [0-9.]+ s, GC [0-9.]+ s\\).*"), o.out());
        // (a run this short can take less CPU than the clock's resolution: then the CPU ratio is NaN, not a guess)
    }

    @Test
    void byDefaultEachSideWarmsUpInWholeRoundsUntilTheJitSettlesAndNoStoreLeavesTheStoreOut() {
        CliTest.Outcome o = run("bench", "--annotators", "sentences", "--rounds", "1", "--threads", "1", "--no-store",
                fixture("pushshift/RS_2024-01.ndjson").toString(), fixture("pushshift/RC_2024-01.ndjson.zst").toString());
        assertEquals(0, o.exit(), o.err());
        for (String line : new String[] {"warm-up 1, plain CoreNLP ", "warm-up 1, ThreadLens ", "warm-up done: ",
                "ThreadLens, no store, round 1 "}) {
            assertTrue(o.out().contains(line), line + " in " + o.out());
        }
        assertTrue(o.err().contains("profile fast, tokenize, no store; baseline"), o.err());
    }

    @Test
    void limitTakesWholeThreadsUntilItIsReached() {
        CliTest.Outcome o = run("bench", "--annotators", "sentences", "--rounds", "1", "--warmup", "0", "--threads", "1",
                "--limit", "1", fixture("pushshift/RS_2024-01.ndjson").toString(), fixture("pushshift/RC_2024-01.ndjson.zst").toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("input: 1 threads, "), o.out());
    }

    @Test
    void optionsAreCheckedFirst() {
        String input = fixture("pushshift/RS_2024-01.ndjson").toString();
        assertFails(run("bench", "--versus", "spacy", input), 2, "--versus: expected same or corenlp-defaults, found spacy");
        assertFails(run("bench", "--profile", "turbo", input), 2, "--profile: unknown profile 'turbo'");
        assertFails(run("bench", "--annotators", "vibes", input), 2, "--annotators: ");
    }
}
