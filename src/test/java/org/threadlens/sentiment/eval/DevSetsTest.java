package org.threadlens.sentiment.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.annotate.Polarity;
import org.threadlens.read.InputFormatException;

/** The --dev folder: the three dev splits laid out as ../shared/data/sentiment holds them. */
class DevSetsTest {
    @TempDir
    Path dir;

    private void write(String file, String... lines) throws Exception {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.write(p, List.of(lines));
    }

    private void writeAll() throws Exception {
        write("goemotions-dev/dev.tsv", "So happy for you\t0\tid1", "Ugh, this again\t1\tid2");
        write("goemotions-dev/labels.txt", "joy", "annoyance");
        write("tweeteval-val/val_text.txt", "meh", "love it");
        write("tweeteval-val/val_labels.txt", "1", "2");
        write("sst-dev/dev.txt", "(1 (2 Dull) (2 .))");
    }

    @Test
    void readsTheThreeSetsInOrder() throws Exception {
        writeAll();
        List<DevSets.NamedSet> sets = DevSets.read(dir);
        assertEquals(List.of("GoEmotions dev", "TweetEval val", "SST dev"), sets.stream().map(DevSets.NamedSet::name).toList());
        assertEquals(List.of(Polarity.POSITIVE, Polarity.NEGATIVE),
                sets.get(0).set().items().stream().map(SentimentSets.Labelled::gold).toList());
        assertEquals(2, sets.get(1).set().items().size());
        assertEquals(new SentimentSets.Labelled("Dull .", Polarity.NEGATIVE), sets.get(2).set().items().get(0));
        assertEquals(dir.resolve("sst-dev/dev.txt"), sets.get(2).path());
    }

    @Test
    void aMissingSubFolderIsNamedWithWhatItShouldHold() throws Exception {
        writeAll();
        Files.delete(dir.resolve("sst-dev/dev.txt"));
        Files.delete(dir.resolve("sst-dev"));
        InputFormatException e = assertThrows(InputFormatException.class, () -> DevSets.read(dir));
        assertTrue(e.getMessage().contains("missing: " + dir.resolve("sst-dev/dev.txt")
                + " (Stanford Sentiment Treebank dev trees, one a line)"), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir + ": expected the dev splits goemotions-dev/dev.tsv, tweeteval-val/"),
                e.getMessage());
    }

    @Test
    void everyMissingFileIsNamedAtOnce() throws Exception {
        write("goemotions-dev/dev.tsv", "x\t0\tid");
        InputFormatException e = assertThrows(InputFormatException.class, () -> DevSets.read(dir));
        for (String f : List.of("goemotions-dev/labels.txt", "tweeteval-val/val_text.txt", "tweeteval-val/val_labels.txt",
                "sst-dev/dev.txt")) {
            assertTrue(e.getMessage().contains(dir.resolve(f).toString()), f + " in " + e.getMessage());
        }
        assertTrue(!e.getMessage().contains(dir.resolve("goemotions-dev/dev.tsv").toString() + " ("), e.getMessage());
    }

    @Test
    void aFolderThatIsNotThereIsNamed() {
        Path absent = dir.resolve("no-such");
        InputFormatException e = assertThrows(InputFormatException.class, () -> DevSets.read(absent));
        assertTrue(e.getMessage().startsWith(absent + ": expected a folder holding goemotions-dev/dev.tsv"), e.getMessage());
    }
}
