package org.threadlens.cli.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * CoreNLP's real log lines (its tokenizer's warnings, through Redwood and SLF4J) in a child JVM, as the command
 * line sets it up: gathered and summed up while a command gathers them, printed as before when none does.
 * No models are needed: the tokenizer has none.
 */
class LibraryLogRoutingTest {
    private static final String RAW = "WARN PTBLexer - Untokenizable: ‽ (U+203D, decimal: 8253)";

    private static List<String> stderr(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dfile.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), LogRoutingChild.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        return err.lines().toList();
    }

    @Test
    void whileACommandGathersThemCoreNlpsLinesAreSummedUpAtTheEnd() throws Exception {
        assertEquals(List.of("tokenized",
                "CoreNLP said twice: PTBLexer WARN Untokenizable (first: ‽ (U+203D, decimal: 8253)); --debug shows each line"),
                stderr("gated", "gather"));
    }

    @Test
    void whenNothingGathersThemTheyArePrintedAsBeforeWithoutNoticeOfTheProvider() throws Exception {
        assertEquals(List.of(RAW, RAW, "tokenized"), stderr("gated", "print"));
        assertEquals(List.of(RAW, RAW, "tokenized"), stderr("plain", "print"));
    }
}
