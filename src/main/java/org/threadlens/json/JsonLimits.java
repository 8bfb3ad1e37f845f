package org.threadlens.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON parsers readers use, with limits set so that a hostile file cannot take the process down:
 * nesting depth, string length, number length and document length are bounded; duplicate keys are errors.
 */
public final class JsonLimits {
    /** Deeper nesting than any real thread (a Reddit thread nests replies about 3 levels per depth). */
    public static final int MAX_NESTING_DEPTH = 2_000;
    /** Longest JSON string: a 10 MB comment passes, a 50 MB one does not. */
    public static final int MAX_STRING_CHARS = 32 * 1024 * 1024;
    public static final int MAX_NUMBER_CHARS = 100;

    /** A factory with the limits; thread-safe. */
    public static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** A mapper over {@link #FACTORY}, for reading records as trees; thread-safe. */
    public static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private JsonLimits() {
    }
}
