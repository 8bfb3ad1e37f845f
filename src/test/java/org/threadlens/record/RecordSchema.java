package org.threadlens.record;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JSON Schema of the annotated thread record ({@value #RESOURCE}, draft 2020-12) and the domain assertion
 * over it. The schema is loaded once; validating is thread-safe.
 */
public final class RecordSchema {
    public static final String RESOURCE = "/org/threadlens/record/threadlens-1.schema.json";
    /** How many violations a failure message lists (one bad field can break every comment of a thread). */
    private static final int SHOWN = 12;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTRY.getSchema(tree());

    private RecordSchema() {
    }

    /** The schema as a JSON tree, read afresh. */
    public static JsonNode tree() {
        try (InputStream in = RecordSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /** Where {@code schema} breaks draft 2020-12's meta-schema (the validator's bundled copy, read offline). */
    public static List<Error> metaSchemaViolations(JsonNode schema) {
        return REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId())).validate(schema);
    }

    /** Every violation of the schema by {@code record}; empty when it conforms. */
    public static List<Error> violations(JsonNode record) {
        return SCHEMA.validate(record);
    }

    /** One violation as {@code /comments/0/kind: enum: does not have a value in the enumeration [...]}. */
    public static String describe(Error e) {
        String where = e.getInstanceLocation().toString();
        return (where.isEmpty() ? "(the record)" : where) + ": " + e.getKeyword() + ": " + e.getMessage();
    }

    /**
     * Fails unless {@code json} (one record) conforms, naming {@code where} (file and line, or the case), the
     * thread and the violations.
     */
    public static void assertConforms(String where, String json) {
        JsonNode record;
        try {
            record = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(where + ": not JSON: " + e.getOriginalMessage(), e);
        }
        List<Error> errors = violations(record);
        if (!errors.isEmpty()) {
            fail(where + ": thread " + record.path("id").asText("?") + " breaks " + RESOURCE + " in " + errors.size()
                    + " places, expected none:\n  " + errors.stream().limit(SHOWN).map(RecordSchema::describe)
                    .collect(Collectors.joining("\n  ")));
        }
    }
}
