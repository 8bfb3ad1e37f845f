package org.threadlens.cli.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class LogKindsTest {
    private static final String LEXER = "edu.stanford.nlp.process.PTBLexer";

    private static LogLine warn(String logger, String message) {
        return new LogLine(logger, Level.WARN, message, null);
    }

    @Test
    void linesOfOneKindAreCountedOnceWithTheirFirstDetail() {
        LogKinds kinds = new LogKinds();
        for (int i = 0; i < 37; i++) {
            kinds.add(warn(LEXER, i == 0 ? "Untokenizable: ‽ (U+203D, decimal: 8253)" : "Untokenizable: \u0001 (U+1, decimal: 1)"));
        }
        kinds.add(warn("opennlp.tools.util.model.BaseModel", "The model was trained with version 1.5.0"));
        kinds.add(new LogLine(LEXER, Level.ERROR, "Untokenizable: x", null));
        assertEquals(39, kinds.lines());
        assertEquals(List.of(
                "CoreNLP said 37 times: PTBLexer WARN Untokenizable (first: ‽ (U+203D, decimal: 8253)); --debug shows each line",
                "OpenNLP said once: BaseModel WARN The model was trained with version <n> (first: The model was trained "
                        + "with version 1.5.0); --debug shows each line",
                "CoreNLP said once: PTBLexer ERROR Untokenizable (first: x); --debug shows each line"),
                kinds.summary("--debug shows each line"));
    }

    @Test
    void nothingCountedSaysNothing() {
        assertEquals(List.of(), new LogKinds().summary("x"));
    }

    @Test
    void manyKindsEndInOneLineForTheRest() {
        LogKinds kinds = new LogKinds();
        for (int i = 0; i < LogKinds.MAX_LINES + 3; i++) {
            kinds.add(warn("com.example.Thing", "kind " + (char) ('a' + i)));
            kinds.add(warn("com.example.Thing", "kind " + (char) ('a' + i)));
        }
        List<String> summary = kinds.summary("");
        assertEquals(LogKinds.MAX_LINES + 1, summary.size());
        assertEquals("com.example said twice: Thing WARN kind a", summary.get(0));
        assertEquals("and 3 more kinds of log line (6 lines)", summary.get(LogKinds.MAX_LINES));
    }

    @Test
    void aLongDetailIsShortenedByCodePoints() {
        LogKinds kinds = new LogKinds();
        kinds.add(warn(LEXER, "Untokenizable: " + "😀".repeat(100)));
        assertEquals("CoreNLP said once: PTBLexer WARN Untokenizable (first: " + "😀".repeat(LogKinds.MAX_DETAIL - 1) + "…)",
                kinds.summary("").get(0));
    }

    @Test
    void librariesAreNamedByPackage() {
        assertEquals("CoreNLP", LogKinds.library(LEXER));
        assertEquals("OpenNLP", LogKinds.library("opennlp.tools.ml.maxent.io.GISModelReader"));
        assertEquals("DuckDB", LogKinds.library("org.duckdb.DuckDBDriver"));
        assertEquals("org.example", LogKinds.library("org.example.deep.Thing"));
        assertEquals("Thing", LogKinds.library("Thing"));
    }
}
