package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.Fixtures;
import org.threadlens.annotate.corenlp.SharedCoreNlp;
import org.threadlens.text.CodePoints;

/** The README's first command, end to end on the bundled example, with real CoreNLP. */
class AnnotateCommandIT {
    private static final Set<String> LABELS = Set.of("very negative", "negative", "neutral", "positive", "very positive");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static JsonNode record;
    static String summary;

    private static int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int exit = ThreadLensCommand.execute(args, System.out, System.err);
            summary = out.toString(StandardCharsets.UTF_8);
            return exit;
        } finally {
            System.setOut(old);
        }
    }

    @BeforeAll
    static void annotateTheExample() throws Exception {
        SharedCoreNlp.fast();
        String example = Fixtures.example("reddit-space-thread.txt").toString();
        assertEquals(0, run("annotate", "--db", dir.resolve("t.duckdb").toString(), "--out", dir.resolve("t.jsonl").toString(),
                "--tokens", example));
        List<String> lines = Files.readAllLines(dir.resolve("t.jsonl"));
        assertEquals(1, lines.size());
        record = JSON.readTree(lines.get(0));
    }

    private static JsonNode comment(String id) {
        for (JsonNode c : record.get("comments")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no comment " + id);
    }

    private static JsonNode entity(JsonNode comment, String text) {
        for (JsonNode e : comment.get("annotations").get("entities")) {
            if (e.get("text").asText().equals(text)) {
                return e;
            }
        }
        throw new AssertionError("no entity " + text + " in " + comment.get("annotations").get("entities"));
    }

    @Test
    void theThreadKeepsItsStructure() {
        assertEquals("1q2w3e4", record.get("id").asText());
        assertEquals("space", record.get("community").asText());
        assertEquals(6, record.get("comments").size());
        assertEquals("[\"deleted\"]", comment("1q2w3e4-c3").get("flags").toString());
    }

    @Test
    void entitiesHaveTypesAndCodePointOffsetsIntoTheUnchangedText() {
        JsonNode c4 = comment("1q2w3e4-c4");
        String text = c4.get("text").asText();
        JsonNode shotwell = entity(c4, "Gwynne Shotwell");
        assertEquals("PERSON", shotwell.get("type").asText());
        assertEquals(3, shotwell.get("begin").asInt(), "two emoji and a space precede it");
        assertEquals("Gwynne Shotwell", CodePoints.slice(text, 3, shotwell.get("end").asInt()));
        assertEquals("LOCATION", entity(c4, "Texas").get("type").asText());
        assertEquals("PERSON", entity(comment("1q2w3e4-c1"), "Jim Bridenstine").get("type").asText());
    }

    @Test
    void everyWrittenCommentHasASentimentInRangeAndTheDeletedOneHasNone() {
        for (JsonNode c : record.get("comments")) {
            JsonNode s = c.get("annotations").get("sentiment");
            if (c.get("flags").toString().contains("deleted")) {
                assertTrue(s.isNull());
                assertEquals(0, c.get("annotations").get("sentences").size());
                continue;
            }
            assertTrue(LABELS.contains(s.get("label").asText()), s.toString());
            double score = s.get("score").asDouble();
            assertTrue(score >= -1 && score <= 1, s.toString());
            for (JsonNode sentence : c.get("annotations").get("sentences")) {
                int value = sentence.get("sentiment").get("value").asInt();
                assertTrue(value >= 0 && value <= 4);
            }
        }
    }

    @Test
    void theSummaryCountsNasaAcrossTitleAndCommentsAndItsQuotedMentionApart() {
        JsonNode nasa = null;
        for (JsonNode e : record.get("summary").get("entities")) {
            if (e.get("name").asText().equals("NASA")) {
                nasa = e;
            }
        }
        assertEquals("ORGANIZATION", nasa.get("type").asText());
        assertTrue(nasa.get("mentions").asInt() >= 2, nasa.toString());
        assertEquals(1, nasa.get("quotedMentions").asInt(), "the post quotes NASA's announcement: " + nasa);
        assertEquals(5, record.get("summary").get("sentiment").get("comments").asInt());
        assertEquals("corenlp", record.get("provenance").get("engine").asText());
    }

    @Test
    void theTerminalSummaryNamesMoodCommentsAndEntities() {
        run("annotate", "--db", dir.resolve("again.duckdb").toString(), Fixtures.example("reddit-space-thread.txt").toString());
        assertTrue(summary.contains("mood: "), summary);
        assertTrue(summary.contains("1q2w3e4-c4"), summary);
        assertTrue(summary.contains("Gwynne Shotwell (PERSON, "), summary);
    }

    @Test
    void exportReadsTheStoredRecordBackAsWritten() throws Exception {
        Path exported = dir.resolve("export.jsonl");
        assertEquals(0, run("export", "--db", dir.resolve("t.duckdb").toString(), "--to", "jsonl", "--tokens",
                "--out", exported.toString()));
        assertEquals(Files.readAllLines(dir.resolve("t.jsonl")), Files.readAllLines(exported));
    }
}
