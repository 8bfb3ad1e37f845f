package org.threadlens.read.convokit;

import com.fasterxml.jackson.databind.JsonNode;

/** Lenient reading of ConvoKit metadata values: a value of another type than expected counts as absent. */
final class Meta {
    private Meta() {
    }

    /** The object {@code node[key]}, or null. */
    static JsonNode object(JsonNode node, String key) {
        JsonNode v = node == null ? null : node.get(key);
        return v != null && v.isObject() ? v : null;
    }

    /** The string {@code node[key]}, or null if absent, null or not a string. */
    static String string(JsonNode node, String key) {
        JsonNode v = node == null ? null : node.get(key);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    /** The integer {@code node[key]} (a JSON integer, an integral decimal or a string of digits), or null. */
    static Integer integer(JsonNode node, String key) {
        JsonNode v = node == null ? null : node.get(key);
        if (v == null) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        double d = v.doubleValue();
        if (v.isFloatingPointNumber() && d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
            return (int) d;
        }
        if (v.isTextual()) {
            try {
                return Integer.valueOf(v.textValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * An id as ConvoKit corpora give them: a string, or an integer written as one.
     *
     * @return null if absent or JSON null
     * @throws IllegalArgumentException for any other type
     */
    static String id(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isIntegralNumber()) {
            return v.asText();
        }
        throw new IllegalArgumentException("expected '" + key + "' to be a string or an integer, found a JSON "
                + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    }
}
