package org.threadlens.read.redditapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import org.threadlens.json.JsonLimits;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.JsonErrors;

/**
 * Reads one input as a single JSON document, as a tree, with the limits of {@link JsonLimits}.
 *
 * <p>A tree per file, not a stream: an API response is one thread (or one page of posts) of at most a few
 * MB, its keys may come in any order ({@code data} before {@code kind} in re-serialised files), and Jackson
 * builds trees without recursion, so nesting is bounded by {@link JsonLimits#MAX_NESTING_DEPTH} only.
 */
final class ApiDocument {
    static final String EXPECTED = "expected a JSON array of two Listings or a Listing object";

    /** The root, and the line where it starts (for shape errors). */
    record Root(JsonNode node, long line) {
    }

    private ApiDocument() {
    }

    /**
     * @throws InputFormatException naming the file and line if it is not one JSON document, or breaks off
     * @throws IOException          if the input cannot be read (a corrupt compressed stream, a device error)
     */
    static Root read(InputFile input) throws IOException, InputFormatException {
        try (InputStream in = input.openUtf8(); JsonParser parser = JsonLimits.FACTORY.createParser(in)) {
            try {
                if (parser.nextToken() == null) {
                    throw new InputFormatException(input.name(), 0, EXPECTED + ", found an empty file");
                }
                long line = parser.currentTokenLocation().getLineNr();
                JsonNode root = JsonLimits.MAPPER.readTree(parser);
                JsonToken after = parser.nextToken();
                if (after != null) {
                    throw new InputFormatException(input.name(), parser.currentTokenLocation().getLineNr(),
                            "expected one JSON document, found more after it (JSON Lines are not this format)");
                }
                return new Root(root, line);
            } catch (JsonEOFException e) {
                EOFException cut = new EOFException(JsonErrors.describe(e) + " at line " + lineOf(e));
                cut.initCause(e);
                throw InputFormatException.brokenOff(input.name(), Math.max(0, lineOf(e) - 1), cut);
            } catch (JsonProcessingException e) {
                throw new InputFormatException(input.name(), lineOf(e), EXPECTED + ", found invalid JSON: "
                        + JsonErrors.describe(e));
            }
        }
    }

    private static long lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }
}
