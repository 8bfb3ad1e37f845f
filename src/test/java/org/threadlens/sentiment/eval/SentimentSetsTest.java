package org.threadlens.sentiment.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.annotate.Polarity;
import org.threadlens.read.InputFormatException;

class SentimentSetsTest {
    @TempDir
    Path dir;

    @Test
    void sstSentencesAreTheirLeavesWithTheRootLabelGrouped() throws Exception {
        Path trees = Files.writeString(dir.resolve("dev.txt"), """
                (3 (2 It) (4 (4 (2 's) (3 lovely)) (2 .)))
                (1 (2 -LRB-) (1 (2 ``) (1 dull) (2 '')) (2 -RRB-))
                (2 (2 Fine) (2 .))
                """);
        List<SentimentSets.Labelled> items = SentimentSets.sst(trees).items();
        assertEquals(List.of(new SentimentSets.Labelled("It 's lovely .", Polarity.POSITIVE),
                new SentimentSets.Labelled("( \" dull \" )", Polarity.NEGATIVE),
                new SentimentSets.Labelled("Fine .", Polarity.NEUTRAL)), items);
    }

    @Test
    void aLineThatIsNotATreeIsNamedWithItsNumber() throws Exception {
        Path trees = Files.writeString(dir.resolve("dev.txt"), "(3 (2 It) (3 works))\nIt works.\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> SentimentSets.sst(trees));
        assertEquals(2, e.line());
    }
}
