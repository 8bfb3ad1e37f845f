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

class SentimentTreesTest {
    @TempDir
    Path dir;

    private SentimentTrees trees(String text) throws Exception {
        return SentimentTrees.read(Files.writeString(dir.resolve("train.txt"), text));
    }

    private static SentimentSets.Labelled labelled(String text, Polarity gold) {
        return new SentimentSets.Labelled(text, gold);
    }

    @Test
    void everyLabelledSubtreeIsAPhraseWithItsOwnLabel() throws Exception {
        SentimentTrees t = trees("(1 (2 The) (1 (2 plot) (1 (1 (2 is) (1 dull)) (2 .))))\n");
        assertEquals(List.of(labelled("The plot is dull .", Polarity.NEGATIVE)), t.sentences());
        assertEquals(List.of(labelled("is dull", Polarity.NEGATIVE), labelled("is dull .", Polarity.NEGATIVE),
                labelled("plot is dull .", Polarity.NEGATIVE)), t.phrases(2));
        assertEquals(List.of(labelled("is dull .", Polarity.NEGATIVE), labelled("plot is dull .", Polarity.NEGATIVE)),
                t.phrases(3));
    }

    @Test
    void aPhraseIsKeptOnceWithItsFirstLabelAndNeverWhenItIsAWholeSentence() throws Exception {
        SentimentTrees t = trees("""
                (3 (2 not) (2 (2 at) (2 all)))
                (4 (3 (2 at) (3 all)) (4 (4 great) (2 .)))
                (2 (2 great) (2 .))
                """);
        assertEquals(List.of(labelled("at all", Polarity.NEUTRAL)), t.phrases(2));
        assertEquals(3, t.sentences().size());
    }

    @Test
    void escapesAreUndoneInWords() throws Exception {
        assertEquals("( \" dull \" )", trees("(1 (2 -LRB-) (1 (2 ``) (1 dull) (2 '')) (2 -RRB-))").sentences().get(0).text());
    }

    @Test
    void anUnclosedTreeIsAnErrorNamingTheLine() throws Exception {
        InputFormatException e = assertThrows(InputFormatException.class, () -> trees("(2 (2 Fine) (2 .))\n(3 (2 It) (3 works)\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("train.txt"), e.getMessage());
    }
}
