package org.threadlens.cli.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/** What a command's console shows of the libraries' log lines, and what its log file holds. */
class GatheredLogsTest {
    private static final String LEXER = "edu.stanford.nlp.process.PTBLexer";
    private static final LogLine UNTOKENIZABLE = new LogLine(LEXER, Level.WARN, "Untokenizable: ‽ (U+203D, decimal: 8253)", null);
    private static final LogLine ERROR = new LogLine("edu.stanford.nlp.pipeline.StanfordCoreNLP", Level.ERROR, "it broke",
            new IllegalStateException("why"));

    @TempDir
    Path dir;
    private final List<String> console = new ArrayList<>();

    @Test
    void warningsAreCountedAndSummedUpAtTheEndErrorsShownAtOnce() throws Exception {
        try (GatheredLogs logs = GatheredLogs.start(console::add, false, null)) {
            logs.accept(UNTOKENIZABLE);
            logs.accept(UNTOKENIZABLE);
            assertEquals(List.of(), console, "a warning waits for the end");
            logs.accept(ERROR);
            assertEquals(List.of("ERROR StanfordCoreNLP - it broke (java.lang.IllegalStateException: why)"), console);
            assertEquals(3, logs.counted());
            logs.summarize();
        }
        assertEquals(List.of("ERROR StanfordCoreNLP - it broke (java.lang.IllegalStateException: why)",
                "CoreNLP said twice: PTBLexer WARN Untokenizable (first: ‽ (U+203D, decimal: 8253)); --debug shows each line",
                "CoreNLP said once: StanfordCoreNLP ERROR it broke; --debug shows each line"), console,
                "summed up once, though closed after summarize()");
    }

    @Test
    void withShowEachEveryLineComesAsItComes() throws Exception {
        try (GatheredLogs logs = GatheredLogs.start(console::add, true, null)) {
            logs.accept(UNTOKENIZABLE);
            assertEquals(List.of("WARN PTBLexer - Untokenizable: ‽ (U+203D, decimal: 8253)"), console);
        }
        assertEquals("CoreNLP said once: PTBLexer WARN Untokenizable (first: ‽ (U+203D, decimal: 8253)); each shown above",
                console.get(1));
    }

    @Test
    void aLogFileGetsEveryLineWithItsTimeAndStackTraceAppended() throws Exception {
        Path file = Files.writeString(dir.resolve("corenlp.log"), "an earlier run\n");
        try (GatheredLogs logs = GatheredLogs.start(console::add, false, file)) {
            logs.accept(UNTOKENIZABLE);
            logs.accept(ERROR);
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals("an earlier run", lines.get(0));
        assertTrue(lines.get(1).matches("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z WARN edu\\.stanford\\.nlp\\.process\\.PTBLexer - "
                + "Untokenizable: ‽ \\(U\\+203D, decimal: 8253\\)"), lines.get(1));
        assertTrue(lines.get(2).endsWith(" ERROR edu.stanford.nlp.pipeline.StanfordCoreNLP - it broke"), lines.get(2));
        assertEquals("java.lang.IllegalStateException: why", lines.get(3));
        assertTrue(console.get(console.size() - 1).endsWith("; each line is in " + file), console.toString());
    }

    @Test
    void linesBelowWarnAreTheUsersOwnChoiceShownAndNotCounted() throws Exception {
        try (GatheredLogs logs = GatheredLogs.start(console::add, false, null)) {
            logs.accept(new LogLine("edu.stanford.nlp.pipeline.StanfordCoreNLP", Level.INFO, "Adding annotator tokenize", null));
            assertEquals(0, logs.counted());
        }
        assertEquals(List.of("INFO StanfordCoreNLP - Adding annotator tokenize"), console);
    }

    @Test
    void oneGatheringAtATime() throws Exception {
        try (GatheredLogs logs = GatheredLogs.start(console::add, false, null)) {
            assertThrows(IllegalStateException.class, () -> GatheredLogs.start(console::add, false, null));
        }
        GatheredLogs.start(console::add, false, null).close();
    }
}
