package org.threadlens.export.convokit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The types of one component's metadata, as ConvoKit records them in {@code index.json}: each key with the
 * list of Python type names its values had, in the order first seen ({@code ["<class 'int'>",
 * "<class 'NoneType'>"]}), as ConvoKit's {@code ConvoKitIndex.update_index} notes {@code str(type(value))}.
 * Not thread-safe.
 */
final class MetaIndex {
    private final Map<String, Set<String>> types = new LinkedHashMap<>();

    /** Notes the types of every field of a metadata object. */
    void note(JsonNode meta) {
        for (Map.Entry<String, JsonNode> e : meta.properties()) {
            types.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(pythonType(e.getValue()));
        }
    }

    /** The Python type json.load gives a JSON value. */
    static String pythonType(JsonNode v) {
        String name = v == null || v.isNull() ? "NoneType" : v.isIntegralNumber() ? "int" : v.isNumber() ? "float"
                : v.isTextual() ? "str" : v.isBoolean() ? "bool" : v.isArray() ? "list" : "dict";
        return "<class '" + name + "'>";
    }

    /** Each key with its types, in the order first seen (a live view). */
    Map<String, Set<String>> types() {
        return Collections.unmodifiableMap(types);
    }
}
