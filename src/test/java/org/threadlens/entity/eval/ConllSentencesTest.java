package org.threadlens.entity.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.read.InputFormatException;

class ConllSentencesTest {
    @TempDir
    Path dir;

    @Test
    void sentencesEndAtBlankLinesAndAtLinesOfOnlyATab() throws Exception {
        List<ConllSentences.Sentence> s = ConllSentences.read(fixture("eval/wnut-like.conll"));
        assertEquals(3, s.size());
        assertEquals("Ask Sam Altman at Open AI", s.get(1).text());
    }

    @Test
    void goldEntitiesAreCodePointSpansWithComparedTypes() throws Exception {
        List<ConllSentences.Sentence> s = ConllSentences.read(fixture("eval/wnut-like.conll"));
        assertEquals(Set.of(new NerEvaluation.Span(4, 14, "PERSON"), new NerEvaluation.Span(18, 25, "ORGANIZATION")),
                NerEvaluation.gold(s.get(1)));
        assertEquals(Set.of(new NerEvaluation.Span(7, 16, "MISC")), NerEvaluation.gold(s.get(2)));
    }

    @Test
    void aLineWithoutATagIsNamed() throws Exception {
        Path f = dir.resolve("bad.conll");
        Files.writeString(f, "ok\tO\nbroken line\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> ConllSentences.read(f));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("expected 'token<TAB>tag'"), e.getMessage());
    }
}
