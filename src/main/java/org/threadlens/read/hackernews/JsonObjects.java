package org.threadlens.read.hackernews;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.threadlens.json.JsonLimits;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.JsonErrors;
import org.threadlens.read.JsonLines;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;

/**
 * The JSON objects of one input, one at a time, in whichever layout crawlers save API answers: one object
 * per file (pretty-printed or not), several objects one after the other, one object per line (NDJSON), or a
 * JSON array of objects. Everything is parsed through {@link JsonLimits}. Not thread-safe.
 *
 * <p>The layout is chosen from the start of the input: {@code [} is an array; {@code {} is NDJSON when one of
 * the first two non-blank lines is a whole JSON object on its own, else a document. Recovery differs: in
 * NDJSON a line that is not JSON is skipped (reported with its line) and reading goes on; in an array an
 * element that is not an object is skipped, but a syntax error ends the input (a parser cannot find the next
 * element after it), as it does in a document. Items read before such an error are kept by the caller.
 */
final class JsonObjects implements AutoCloseable {
    /** How the input holds its objects. */
    enum Layout {
        /** One object, or several one after the other, however spread over lines. */
        DOCUMENT,
        /** One object per line. */
        LINES,
        /** A JSON array of objects. */
        ARRAY
    }

    /**
     * One object and where it was.
     *
     * @param line  the 1-based line it starts on
     * @param index its 1-based position among the input's values (array element or line record)
     */
    record Entry(JsonNode node, long line, long index) {
    }

    private final InputFile input;
    private final Layout layout;
    private final ReadProblems problems;
    private JsonLines lines;
    private JsonParser parser;
    private boolean arrayOpened;
    private long index;

    private JsonObjects(InputFile input, Layout layout, ReadProblems problems) {
        this.input = input;
        this.layout = layout;
        this.problems = problems;
    }

    /**
     * Opens an input, choosing its layout from its start.
     *
     * @throws InputFormatException if the input is empty or does not start like JSON
     */
    static JsonObjects open(InputFile input, ReadProblems problems, int maxLineBytes, String expected)
            throws IOException, InputFormatException {
        String head = input.sample().head();
        JsonObjects objects = new JsonObjects(input, layoutOf(input.name(), head, expected), problems);
        if (objects.layout == Layout.LINES) {
            objects.lines = new JsonLines(input, problems, maxLineBytes);
        } else {
            objects.parser = JsonLimits.FACTORY.createParser(input.openUtf8());
        }
        return objects;
    }

    Layout layout() {
        return layout;
    }

    /**
     * The next object, or null at the end of the input.
     *
     * @throws InputFormatException if the rest of the input cannot be read (not JSON, a limit exceeded, cut off)
     */
    Entry next() throws InputFormatException {
        if (layout == Layout.LINES) {
            JsonLines.Record r = lines.next();
            return r == null ? null : new Entry(r.node(), r.line(), ++index);
        }
        try {
            return layout == Layout.ARRAY ? nextElement() : nextDocument();
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw InputFormatException.brokenOff(input.name(), line(), e);
        }
    }

    private Entry nextDocument() throws IOException, InputFormatException {
        JsonToken t = parser.nextToken();
        if (t == null) {
            return null;
        }
        index++;
        if (t != JsonToken.START_OBJECT) {
            throw new InputFormatException(input.name(), line(), "expected a JSON object, found " + describe(t));
        }
        long line = line();
        return new Entry(JsonLimits.MAPPER.readTree(parser), line, index);
    }

    private Entry nextElement() throws IOException, InputFormatException {
        if (!arrayOpened) {
            arrayOpened = true;
            JsonToken t = parser.nextToken();
            if (t != JsonToken.START_ARRAY) {
                throw new InputFormatException(input.name(), line(), "expected a JSON array, found " + describe(t));
            }
        }
        while (true) {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                JsonToken after = parser.nextToken();
                if (after != null) {
                    throw new InputFormatException(input.name(), line(),
                            "expected the end of the input after the array, found " + describe(after));
                }
                return null;
            }
            if (t == null) {
                throw new InputFormatException(input.name(), line(), "the array is not closed: expected ']'");
            }
            index++;
            long line = line();
            if (t == JsonToken.START_OBJECT) {
                return new Entry(JsonLimits.MAPPER.readTree(parser), line, index);
            }
            parser.skipChildren();
            problems.skipped(new ReadProblem(input.name(), line, "array element " + index + ": expected an object, found "
                    + describe(t)));
        }
    }

    private long line() {
        return parser == null ? 0 : Math.max(0, parser.currentTokenLocation().getLineNr());
    }

    private InputFormatException notJson(JsonProcessingException e) {
        long line = e.getLocation() == null ? line() : Math.max(0, e.getLocation().getLineNr());
        String what = e instanceof StreamConstraintsException
                ? "exceeds a limit on JSON input (" + JsonErrors.describe(e) + ")"
                : e instanceof JsonEOFException
                ? "the input breaks off here (a truncated file?): " + JsonErrors.describe(e)
                : "not valid JSON: " + JsonErrors.describe(e);
        InputFormatException x = new InputFormatException(input.name(), line, what);
        x.initCause(e);
        return x;
    }

    private static Layout layoutOf(String file, String head, String expected) throws InputFormatException {
        String start = head.stripLeading();
        if (start.isEmpty()) {
            throw new InputFormatException(file, 0, "the file is empty: expected " + expected);
        }
        if (start.charAt(0) == '[') {
            return Layout.ARRAY;
        }
        if (start.charAt(0) != '{') {
            String found = start.length() <= 30 ? start.strip() : start.substring(0, 27).strip() + "...";
            throw new InputFormatException(file, 0, "expected " + expected + " as JSON, found '" + found + "'");
        }
        int checked = 0;
        for (String line : start.split("\n", 64)) {
            if (line.isBlank()) {
                continue;
            }
            if (isObject(line)) {
                return Layout.LINES;
            }
            if (++checked == 2) {
                break;
            }
        }
        return Layout.DOCUMENT;
    }

    private static boolean isObject(String line) {
        try {
            JsonNode n = JsonLimits.MAPPER.readTree(line);
            return n != null && n.isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
        if (parser != null) {
            parser.close();
        }
    }
}
