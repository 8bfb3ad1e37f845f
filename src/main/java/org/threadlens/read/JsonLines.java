package org.threadlens.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.threadlens.json.JsonLimits;

/**
 * JSON Lines records of one input: each non-blank line parsed on its own, with the limits of
 * {@link JsonLimits}. A line that is not UTF-8, too long, not JSON or not an object is reported to
 * {@link ReadProblems#skipped} with its line number, and reading goes on; a stream that breaks off
 * throws. Not thread-safe.
 */
public final class JsonLines implements AutoCloseable {
    private final String name;
    private final Utf8Lines lines;
    private final ReadProblems problems;

    /** One record and where it was. */
    public record Record(JsonNode node, long line) {
    }

    public JsonLines(InputFile input, ReadProblems problems, int maxLineBytes) throws IOException {
        this(input.name(), input.openBytes(), problems, maxLineBytes);
    }

    /**
     * The records of an already decompressed stream (e.g. a file of a distributed file system), which this
     * closes.
     *
     * @param name the input as the user named it, for messages
     */
    public JsonLines(String name, InputStream content, ReadProblems problems, int maxLineBytes) {
        this.name = name;
        this.lines = new Utf8Lines(content, maxLineBytes);
        this.problems = problems;
    }

    /**
     * The next JSON object, or null at the end.
     *
     * @throws InputFormatException if the input breaks off, or in strict mode at the first bad line
     */
    public Record next() throws InputFormatException {
        while (true) {
            String line;
            try {
                line = lines.next();
            } catch (Utf8Lines.BadLineException e) {
                problems.skipped(new ReadProblem(name, e.line(), e.getMessage()));
                continue;
            } catch (IOException e) {
                throw InputFormatException.brokenOff(name, lines.lineNumber(), e);
            }
            if (line == null) {
                return null;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JsonLimits.MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                problems.skipped(new ReadProblem(name, lines.lineNumber(), "not JSON: " + JsonErrors.describe(e)));
                continue;
            }
            if (node == null || !node.isObject()) {
                problems.skipped(new ReadProblem(name, lines.lineNumber(), "expected a JSON object, found "
                        + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))));
                continue;
            }
            return new Record(node, lines.lineNumber());
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
