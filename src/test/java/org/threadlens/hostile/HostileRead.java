package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code threadlens read --out -} over hostile inputs, and the domain assertions every case makes: the
 * outcome is handled (exit 0 or 2, no stack trace), every problem reported names the file it is in, and
 * every record written is whole JSON.
 */
final class HostileRead {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileRead() {
    }

    /** Reads {@code inputs} as {@code writer}'s format through the command line, in this JVM. */
    static Outcome read(FormatWriter writer, Path... inputs) {
        List<String> args = new ArrayList<>(List.of("read"));
        args.addAll(writer.options());
        args.addAll(List.of("--out", "-"));
        for (Path p : inputs) {
            args.add(p.toString());
        }
        return ThreadLensRun.inProcess(args);
    }

    /** The outcome is handled, its problems name {@code file}, and its records parse. */
    static Outcome assertHandledNaming(Outcome o, String file) {
        o.assertHandled();
        for (String line : o.skipped()) {
            assertTrue(line.contains(file + ":"), "a skipped record names its file and line: " + line);
        }
        for (String line : o.failed()) {
            assertTrue(line.contains(file), "a failed input names its file: " + line);
        }
        if (o.exit() == 2) {
            assertTrue(!o.failed().isEmpty(), "exit 2 says why: " + o);
        }
        comments(o);
        return o;
    }

    /** Comment ids to texts, over every record written (a comment in two records is a failure). */
    static Map<String, String> comments(Outcome o) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String line : o.records()) {
            JsonNode record;
            try {
                record = JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("a record that is no JSON: " + Outcome.head(line), e);
            }
            for (JsonNode c : record.get("comments")) {
                String key = record.get("id").asText() + "/" + c.get("id").asText();
                if (texts.put(key, c.get("text").asText()) != null) {
                    fail("comment " + key + " written twice");
                }
            }
        }
        return texts;
    }

    /** How many comments written carry {@code flag} ({@code orphan}, ...). */
    static long flagged(Outcome o, String flag) {
        long n = 0;
        for (String line : o.records()) {
            try {
                for (JsonNode c : JSON.readTree(line).get("comments")) {
                    for (JsonNode f : c.path("flags")) {
                        n += f.asText().equals(flag) ? 1 : 0;
                    }
                }
            } catch (IOException e) {
                throw new AssertionError("a record that is no JSON: " + Outcome.head(line), e);
            }
        }
        return n;
    }

    /** The comment ids written, as {@code thread/comment}. */
    static List<String> ids(Outcome o) {
        return List.copyOf(comments(o).keySet());
    }
}
