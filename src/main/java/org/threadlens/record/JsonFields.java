package org.threadlens.record;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Fields the record writes in several places: arrays of numbers, and numbers that may be absent. */
final class JsonFields {
    private JsonFields() {
    }

    static void array(JsonGenerator g, String name, double[] values) throws IOException {
        g.writeFieldName(name);
        g.writeArray(values, 0, values.length);
    }

    /** The number, or {@code null}: absent values keep their key so that every record has the same columns. */
    static void nullableLong(JsonGenerator g, String name, Long value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
