package org.threadlens.read.pushshift;

import com.fasterxml.jackson.databind.JsonNode;
import org.threadlens.read.pushshift.DumpRecordParser.BadRecordException;

/**
 * Reads one field of a dump object in any of the shapes the dump eras used. Missing and JSON null are the
 * same (an absent value, returned as null); a value present in a shape no era used is a bad record.
 */
final class FieldValues {
    /** Epoch seconds beyond this (the year 5138) are not a Reddit time. */
    private static final double MAX_EPOCH_SECONDS = 1e11;

    private FieldValues() {
    }

    /**
     * Free text (a body, a title): a JSON string and nothing else, since text is kept exactly as the source
     * gave it; a number there is a bad record, not the text of its digits.
     */
    static String freeText(JsonNode o, String key, String where) throws BadRecordException {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        throw bad(where, key, "a string", v);
    }

    /** A string; a number is taken as its decimal text (some tools write ids as numbers). */
    static String text(JsonNode o, String key, String where) throws BadRecordException {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isIntegralNumber()) {
            return v.asText();
        }
        throw bad(where, key, "a string", v);
    }

    /** An int, given as a JSON integer, an integral decimal ({@code 5.0}) or a numeric string. */
    static Integer integer(JsonNode o, String key, String where) throws BadRecordException {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        Double d = number(v);
        if (d != null && d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
            return d.intValue();
        }
        throw bad(where, key, "an integer", v);
    }

    /** Epoch seconds as an integer, a decimal or a numeric string; fractions are truncated. */
    static Long epochSeconds(JsonNode o, String key, String where) throws BadRecordException {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong() && v.longValue() >= 0 && v.longValue() < MAX_EPOCH_SECONDS) {
            return v.longValue();
        }
        Double d = number(v);
        if (d != null && d >= 0 && d < MAX_EPOCH_SECONDS) {
            return d.longValue();
        }
        throw bad(where, key, "epoch seconds (an integer, a decimal or a numeric string)", v);
    }

    /** {@code edited}: false, true, or the time of the edit (a number, 0 meaning not edited). */
    static boolean edited(JsonNode o, String where) throws BadRecordException {
        JsonNode v = o.get("edited");
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && (v.textValue().equals("true") || v.textValue().equals("false"))) {
            return v.textValue().equals("true");
        }
        Double d = number(v);
        if (d != null) {
            return d != 0;
        }
        throw bad(where, "edited", "false, true or the time of the edit", v);
    }

    /** The value of a number or a numeric string, or null for anything else (including NaN and infinities). */
    private static Double number(JsonNode v) {
        double d;
        if (v.isNumber()) {
            d = v.doubleValue();
        } else if (v.isTextual()) {
            String s = v.textValue().strip();
            if (s.isEmpty() || s.length() > 40) {
                return null;
            }
            try {
                d = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(d) ? d : null;
    }

    static BadRecordException bad(String where, String key, String expected, JsonNode found) {
        return new BadRecordException(where + ": expected '" + key + "' to be " + expected + ", found " + describe(found));
    }

    private static String describe(JsonNode v) {
        if (v.isContainerNode()) {
            return v.isObject() ? "an object" : "an array";
        }
        String s = v.isTextual() ? "'" + v.textValue() + "'" : v.toString();
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
