package org.threadlens.read.hackernews;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.threadlens.json.JsonLimits;

/**
 * The top-level fields of the first JSON object at the start of an input (the object itself, or the first
 * element of an array), for detection. The start may be cut anywhere: fields are collected up to the cut, and
 * nothing here throws.
 *
 * @param kinds   each field seen and the first token of its value ({@code VALUE_STRING}, {@code START_ARRAY}...)
 * @param strings the string values among them
 */
record JsonHead(Map<String, JsonToken> kinds, Map<String, String> strings) {

    /** Reads the fields from the start of an input; empty if it does not start with an object or array of objects. */
    static JsonHead of(String head) {
        Map<String, JsonToken> kinds = new LinkedHashMap<>();
        Map<String, String> strings = new LinkedHashMap<>();
        try (JsonParser p = JsonLimits.FACTORY.createParser(head)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = p.nextToken();
            }
            if (t == JsonToken.START_OBJECT) {
                for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.VALUE_STRING) {
                        strings.put(name, p.getText()); // may throw where the sample cuts the string
                    }
                    kinds.put(name, value);
                    p.skipChildren();
                }
            }
        } catch (Exception e) {
            // the sample ends inside the object or is no JSON: keep the fields seen so far
        }
        return new JsonHead(Collections.unmodifiableMap(kinds), Collections.unmodifiableMap(strings));
    }

    boolean has(String field) {
        return kinds.containsKey(field);
    }

    boolean isEmpty() {
        return kinds.isEmpty();
    }

    /** Whether every field seen is one of {@code known}. */
    boolean onlyFieldsOf(Set<String> known) {
        return known.containsAll(kinds.keySet());
    }

    /** Whether the field holds an integer, or a string of digits (ids exported as strings). */
    boolean isInteger(String field) {
        JsonToken k = kinds.get(field);
        return k == JsonToken.VALUE_NUMBER_INT
                || (k == JsonToken.VALUE_STRING && strings.get(field).matches("\\d{1,18}"));
    }
}
