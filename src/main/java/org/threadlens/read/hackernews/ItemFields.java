package org.threadlens.read.hackernews;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Typed access to the fields of one item object, shared by both APIs. An absent field and a JSON
 * {@code null} are the same: absent. A field of the wrong type is a {@link BadItemException} naming the
 * field, what was expected and what was found. Not thread-safe (wraps one node).
 *
 * <p>Numbers: item ids and other integers are JSON integers or strings of decimal digits (BigQuery and
 * some crawlers export 64-bit integers as strings); times may also be fractional (truncated to seconds).
 */
final class ItemFields {
    /** The largest id kept: item ids are far below it, and its decimal form fits a {@code long}. */
    private static final int MAX_ID_DIGITS = 18;
    /** Shared by every item without replies (most of a crawl). */
    private static final long[] NO_IDS = new long[0];

    /** An item that cannot be read: the message says which field and what was expected. */
    static final class BadItemException extends Exception {
        BadItemException(String message) {
            super(message);
        }
    }

    private final JsonNode node;

    ItemFields(JsonNode node) {
        this.node = node;
    }

    JsonNode node() {
        return node;
    }

    /** Whether the field is there and not null. */
    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    /** A required item id. */
    long id(String name) throws BadItemException {
        if (!has(name)) {
            throw new BadItemException("no '" + name + "': expected an item id");
        }
        return optionalId(name);
    }

    /** An item id, or -1 if absent. */
    long optionalId(String name) throws BadItemException {
        if (!has(name)) {
            return -1;
        }
        JsonNode v = node.get(name);
        String digits = v.isIntegralNumber() ? v.asText() : v.isTextual() ? v.textValue() : null;
        if (digits == null || digits.isEmpty() || digits.length() > MAX_ID_DIGITS || !digits.chars().allMatch(Character::isDigit)) {
            throw bad(name, "an item id (a non-negative integer)", v);
        }
        return Long.parseLong(digits);
    }

    /** An integer or a string of digits; fractions of a JSON float are truncated. Null if absent. */
    Long optionalLong(String name) throws BadItemException {
        if (!has(name)) {
            return null;
        }
        JsonNode v = node.get(name);
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isFloatingPointNumber() && Double.isFinite(v.doubleValue()) && Math.abs(v.doubleValue()) < 1e15) {
            return (long) v.doubleValue();
        }
        if (v.isTextual() && v.textValue().matches("-?\\d{1,18}")) {
            return Long.parseLong(v.textValue());
        }
        throw bad(name, "an integer", v);
    }

    /** An integer in int range, or null if absent. */
    Integer optionalInt(String name) throws BadItemException {
        Long v = optionalLong(name);
        if (v == null) {
            return null;
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new BadItemException("'" + name + "' is " + v + ": expected an integer in the int range");
        }
        return v.intValue();
    }

    /** A string, or null if absent. */
    String optionalString(String name) throws BadItemException {
        if (!has(name)) {
            return null;
        }
        JsonNode v = node.get(name);
        if (!v.isTextual()) {
            throw bad(name, "a string", v);
        }
        return v.textValue();
    }

    /** A boolean flag; absent is false. */
    boolean flag(String name) throws BadItemException {
        if (!has(name)) {
            return false;
        }
        JsonNode v = node.get(name);
        if (!v.isBoolean()) {
            throw bad(name, "true or false", v);
        }
        return v.booleanValue();
    }

    /** A list of item ids ({@code kids}); empty if absent. The array is shared: never modify it. */
    long[] idList(String name) throws BadItemException {
        if (!has(name) || (node.get(name).isArray() && node.get(name).isEmpty())) {
            return NO_IDS;
        }
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            throw bad(name, "an array of item ids", v);
        }
        long[] ids = new long[v.size()];
        for (int i = 0; i < ids.length; i++) {
            JsonNode e = v.get(i);
            if (!e.isIntegralNumber() || !e.canConvertToLong() || e.longValue() < 0) {
                throw new BadItemException("'" + name + "'[" + i + "]: expected an item id, found " + describe(e));
            }
            ids[i] = e.longValue();
        }
        return ids;
    }

    /** An array of objects ({@code children}, {@code options}); null if absent. */
    JsonNode optionalArray(String name) throws BadItemException {
        if (!has(name)) {
            return null;
        }
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            throw bad(name, "an array", v);
        }
        return v;
    }

    private static BadItemException bad(String name, String expected, JsonNode found) {
        return new BadItemException("'" + name + "': expected " + expected + ", found " + describe(found));
    }

    /** A JSON value as users would name it, with a short excerpt of scalars. */
    static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            String s = v.textValue();
            return "the string \"" + (s.length() <= 40 ? s : s.substring(0, 37) + "...") + "\"";
        }
        if (v.isNumber() || v.isBoolean()) {
            return (v.isNumber() ? "the number " : "") + v.asText();
        }
        return v.isArray() ? "an array" : v.isObject() ? "an object" : v.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    /** The first field names of an object, for messages. */
    static String fieldNames(JsonNode node) {
        StringBuilder names = new StringBuilder();
        var it = node.fieldNames();
        for (int n = 0; it.hasNext() && n < 6; n++) {
            names.append(n == 0 ? "" : ", ").append(it.next());
        }
        return names.length() == 0 ? "none" : names + (it.hasNext() ? ", ..." : "");
    }
}
