package org.threadlens.read.mapped;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.JsonLines;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadGrouper;

/**
 * Rows of one JSON Lines input. A mapped key is looked up as written, and if no such key exists, as a
 * dotted path into nested objects ({@code meta.score} reads {@code {"meta": {"score": 3}}}). Ids, time and
 * score may be JSON numbers (integers for ids and score); the other fields take strings. Bad lines are
 * skipped by {@link JsonLines}.
 */
final class JsonlRows {
    private JsonlRows() {
    }

    /** The keys of the first record, for messages; empty text if there is none. */
    static String columns(InputFile input, ReadProblems scratch, int maxLineBytes) {
        try (JsonLines lines = new JsonLines(input, scratch, maxLineBytes)) {
            JsonLines.Record r = lines.next();
            return r == null ? "" : keys(r.node());
        } catch (IOException | InputFormatException e) {
            return "";
        }
    }

    /**
     * Reads every row of the input into the grouper.
     *
     * @throws InputFormatException if the input cannot be opened, breaks off, or its first record lacks a
     *                              required key
     * @throws IOException          only from the grouper (the spill), never for the input
     */
    static void read(InputFile input, FieldMapping mapping, RowParser parser, ThreadGrouper grouper,
            ReadProblems problems, int maxLineBytes) throws IOException, InputFormatException {
        String file = input.name();
        JsonLines opened;
        try {
            opened = new JsonLines(input, problems, maxLineBytes);
        } catch (IOException e) {
            throw InputFormatException.brokenOff(file, 0, e);
        }
        try (JsonLines lines = opened) {
            boolean first = true;
            for (JsonLines.Record r = lines.next(); r != null; r = lines.next()) {
                JsonNode node = r.node();
                if (first) {
                    checkFirst(file, r.line(), node, mapping);
                    first = false;
                }
                parser.addTo(grouper, field -> value(node, mapping.column(field), field), file, r.line(), "", problems);
            }
        }
    }

    /** A typo in a required key would skip every record: say so once, at the first. */
    private static void checkFirst(String file, long line, JsonNode node, FieldMapping mapping) throws InputFormatException {
        for (var e : mapping.columns().entrySet()) {
            if (e.getKey().required() && lookup(node, e.getValue()) == null) {
                throw new InputFormatException(file, line, "--map " + e.getKey().key() + "=" + e.getValue()
                        + ": the first record has no key '" + e.getValue() + "'; its keys are: " + keys(node));
            }
        }
    }

    /** The value at a key or dotted path as text; null if absent or JSON null. */
    static String value(JsonNode node, String key, MappedField field) {
        JsonNode v = lookup(node, key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        boolean number = field == MappedField.TIME ? v.isNumber() : v.isIntegralNumber();
        if (number && field.numberAllowed()) {
            return field == MappedField.TIME ? v.decimalValue().toPlainString() : v.asText();
        }
        String expected = !field.numberAllowed() ? "a string"
                : field == MappedField.TIME ? "a string or a number" : "a string or an integer";
        throw new IllegalArgumentException("expected key '" + key + "' (" + field.key() + ") to be " + expected
                + ", found a JSON " + v.getNodeType().toString().toLowerCase(Locale.ROOT));
    }

    /** The node at a key, or else at a dotted path; null if there is none. */
    static JsonNode lookup(JsonNode node, String key) {
        JsonNode direct = node.get(key);
        if (direct != null || key.indexOf('.') < 0) {
            return direct;
        }
        JsonNode at = node;
        for (String part : key.split("\\.", -1)) {
            at = at != null && at.isObject() ? at.get(part) : null;
        }
        return at;
    }

    private static String keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
