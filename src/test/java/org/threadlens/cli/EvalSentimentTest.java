package org.threadlens.cli;

import static org.threadlens.cli.CliTest.assertFails;
import static org.threadlens.cli.CliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval sentiment}'s choice of labelled sets, for paths that fail before any model loads. */
class EvalSentimentTest {
    @TempDir
    Path dir;

    @Test
    void aDevFolderWithoutItsSubFoldersIsANamedInputError() throws Exception {
        Files.createDirectories(dir.resolve("goemotions-dev"));
        Files.writeString(dir.resolve("goemotions-dev/dev.tsv"), "Nice\t0\tid1\n");
        Files.writeString(dir.resolve("goemotions-dev/labels.txt"), "joy\n");
        assertFails(run("eval", "sentiment", "--dev", dir.toString()), 2,
                "missing: " + dir.resolve("tweeteval-val/val_text.txt") + " (TweetEval sentiment validation tweets");
    }

    @Test
    void devIsGivenAloneOrNotAtAll() {
        assertFails(run("eval", "sentiment", "--dev", dir.toString(), "--sst", "dev.txt"), 2,
                "--dev reads all three dev sets: give it alone");
    }

    @Test
    void aSetMustBeNamed() {
        assertFails(run("eval", "sentiment"), 2, "Missing required argument");
    }

    @Test
    void anUnknownSetupIsNamedBeforeAnySetIsRead() {
        assertFails(run("eval", "sentiment", "--sst", dir.resolve("absent.txt").toString(), "--setups", "fancy"), 2,
                "--setups: unknown setup 'fancy'");
    }
}
