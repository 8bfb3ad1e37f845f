package org.threadlens.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.record.RecordSchema.assertConforms;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.Fixtures;
import org.threadlens.annotate.corenlp.SharedCoreNlp;
import org.threadlens.cli.ThreadLensCommand;

/**
 * Every line that {@code threadlens annotate --out FILE --tokens} writes, with real CoreNLP (or OpenNLP), conforms
 * to threadlens-1.schema.json: on the bundled example and on a real Reddit API thread.
 */
class RecordSchemaIT {
    @TempDir
    static Path dir;

    @BeforeAll
    static void loadCoreNlpOncePerJvm() {
        SharedCoreNlp.fast();
    }

    /** Runs {@code annotate INPUT --no-store --tokens --out FILE [more]} in process; the lines of FILE. */
    private static List<String> annotate(Path input, String name, String... more) throws Exception {
        Path out = dir.resolve(name + ".jsonl");
        List<String> args = new ArrayList<>(
                List.of("annotate", "--no-store", "--quiet", "--tokens", "--out", out.toString()));
        args.addAll(List.of(more));
        args.add(input.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ThreadLensCommand.execute(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, "annotate " + args + " failed: " + err.toString(StandardCharsets.UTF_8));
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static void assertEveryLineConforms(String file, List<String> lines) {
        assertTrue(!lines.isEmpty(), file + " is empty");
        for (int i = 0; i < lines.size(); i++) {
            assertConforms(file + ":" + (i + 1), lines.get(i));
        }
    }

    @Test
    void theBundledExampleConforms() throws Exception {
        List<String> lines = annotate(Fixtures.example("reddit-space-thread.txt"), "example");
        assertTrue(lines.get(0).contains("\"tokens\":[{"), "tokens were asked for");
        assertEveryLineConforms("example.jsonl", lines);
    }

    @Test
    void theExampleAnnotatedByOpenNlpConforms() throws Exception {
        List<String> lines = annotate(Fixtures.example("reddit-space-thread.txt"), "example-opennlp", "--engine", "opennlp");
        assertTrue(lines.get(0).contains("\"engine\":\"opennlp\""), lines.get(0));
        assertEveryLineConforms("example-opennlp.jsonl", lines);
    }

    /** 470-odd real comments: deleted ones, "more" stubs, markdown quotes, links. */
    @Test
    void aRealRedditApiThreadConforms() throws Exception {
        List<String> lines = annotate(Fixtures.sharedData("reddit-api/3hahrw-funny.json"), "funny");
        assertEveryLineConforms("funny.jsonl", lines);
    }
}
