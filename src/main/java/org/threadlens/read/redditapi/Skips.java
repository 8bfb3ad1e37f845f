package org.threadlens.read.redditapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;

/**
 * Reports records of one input that are skipped. A tree has no line numbers, so a record is located by its
 * JSON Pointer ({@code /1/data/children/0/data/replies/data/children/2}), which {@code jq} and every JSON
 * library can follow; the line is reported as 0 (unknown).
 */
record Skips(String file, ReadProblems problems) {

    /**
     * A record at a node of the document.
     *
     * @throws InputFormatException in strict mode
     */
    void skip(String pointer, String message) throws InputFormatException {
        problems.skipped(new ReadProblem(file, 0, "at " + pointer + ": " + message));
    }

    /**
     * A record whose place is not one node (a duplicate id): the message names it.
     *
     * @throws InputFormatException in strict mode
     */
    void skip(String message) throws InputFormatException {
        problems.skipped(new ReadProblem(file, 0, message));
    }

    /** A short description of what a node is, for "found ..." messages. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        String type = node.getNodeType().toString().toLowerCase(Locale.ROOT);
        if (node.isObject()) {
            String kind = Things.kind(node);
            return kind == null ? "an object without kind" : "an object of kind '" + abbreviate(kind) + "'";
        }
        if (node.isArray()) {
            return "an array of " + node.size() + " elements";
        }
        if (node.isTextual()) {
            return "a string '" + abbreviate(node.textValue()) + "'";
        }
        return "a " + type + (node.isValueNode() ? " " + abbreviate(node.asText()) : "");
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
