package org.threadlens.entity.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-checked link sample scores what issue #21 asks of links: 200 or more, 0.90 or better. */
class LinkSampleTest {
    static final Path SAMPLE = Path.of("src/test/resources/org/threadlens/entity/eval/link-sample.tsv");

    @TempDir
    Path dir;

    @Test
    void atLeastTwoHundredCheckedLinksAreRightNineTimesInTen() throws IOException {
        LinkSample sample = LinkSample.read(SAMPLE);
        assertTrue(sample.rows().size() >= 200, sample.rows().size() + " rows");
        assertTrue(sample.mentionPrecision() >= 0.90, "link precision " + sample.mentionPrecision());
        assertTrue(sample.rows().stream().filter(r -> !r.correct()).allMatch(r -> !r.note().isBlank()),
                "every wrong link says why");
    }

    @Test
    void precisionCountsMentionsAndDistinctEntities() throws IOException {
        Path f = dir.resolve("s.tsv");
        Files.writeString(f, "# two mentions of one entity, one of another\n"
                + "shared\tt\tc1\tReddit\tReddit\tORGANIZATION\tReddit\tyes\t\n"
                + "shared\tt\tc2\treddit\tReddit\tORGANIZATION\tReddit\tyes\t\n"
                + "shared\tt\tc3\tTexas\tTexas\tLOCATION\tTexas\tno\tthe team\n");
        LinkSample s = LinkSample.read(f);
        assertEquals(2.0 / 3, s.mentionPrecision(), 1e-9);
        assertEquals(0.5, s.entityPrecision(), 1e-9);
        assertEquals(2, s.entities());
    }

    @Test
    void aRowWithoutAVerdictIsRefusedWithItsLine() throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "shared\tt\tc1\tReddit\tReddit\tORGANIZATION\tReddit\tmaybe\t\n");
        IOException e = assertThrows(IOException.class, () -> LinkSample.read(f));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }
}
