package org.threadlens.read.mapped;

import java.io.IOException;
import java.math.BigDecimal;
import org.threadlens.read.EpochSeconds;
import org.threadlens.read.FlatComment;
import org.threadlens.read.FlatThreadInfo;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadGrouper;

/**
 * One row of a mapped export to a {@link FlatComment} and its thread info, the same for CSV and JSONL.
 * Empty values count as absent, except the text, where empty is an empty body. Immutable and thread-safe.
 */
final class RowParser {
    /** The values of one row. */
    interface Row {
        /**
         * The value of a mapped field as text, or null where the row has none.
         *
         * @throws IllegalArgumentException saying what was expected, for a value of the wrong type
         */
        String get(MappedField field);
    }

    private final FieldMapping mapping;
    /** {@code column} or {@code key}, for messages. */
    private final String noun;

    RowParser(FieldMapping mapping, String noun) {
        this.mapping = mapping;
        this.noun = noun;
    }

    /**
     * Parses a row and adds it to the grouper; a row that cannot be read is reported skipped.
     *
     * @param where  prefix for problem messages ({@code "record 12: "}), may be empty
     * @throws InputFormatException in strict mode, for a row that cannot be read
     */
    void addTo(ThreadGrouper grouper, Row row, String file, long line, String where, ReadProblems problems)
            throws IOException, InputFormatException {
        FlatComment c;
        FlatThreadInfo info;
        try {
            c = comment(row, file, line);
            info = info(row);
        } catch (IllegalArgumentException e) {
            problems.skipped(new ReadProblem(file, line, where + e.getMessage()));
            return;
        }
        grouper.addInfo(c.thread(), info);
        grouper.add(c);
    }

    private FlatComment comment(Row row, String file, long line) {
        String id = required(row, MappedField.ID);
        String thread = required(row, MappedField.THREAD);
        String text = mapping.column(MappedField.TEXT) == null ? null : row.get(MappedField.TEXT);
        if (text == null) {
            throw new IllegalArgumentException("expected " + describe(MappedField.TEXT) + ", found none");
        }
        Long time;
        try {
            time = EpochSeconds.parse(optional(row, MappedField.TIME));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where(MappedField.TIME) + ": " + e.getMessage());
        }
        String parent = optional(row, MappedField.PARENT);
        FlatComment.requireId(id, "the id in " + noun + " '" + mapping.column(MappedField.ID) + "'");
        FlatComment.requireId(thread, "the thread in " + noun + " '" + mapping.column(MappedField.THREAD) + "'");
        if (parent != null) {
            FlatComment.requireId(parent, "the parent in " + noun + " '" + mapping.column(MappedField.PARENT) + "'");
        }
        return new FlatComment(file, line, thread, id, parent, optional(row, MappedField.AUTHOR),
                score(optional(row, MappedField.SCORE)), time, text);
    }

    private FlatThreadInfo info(Row row) {
        return new FlatThreadInfo(optional(row, MappedField.TITLE), optional(row, MappedField.COMMUNITY),
                optional(row, MappedField.PLATFORM), optional(row, MappedField.URL), null);
    }

    private Integer score(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(where(MappedField.SCORE) + ": expected an integer, found '"
                    + value.strip() + "'");
        }
    }

    private String required(Row row, MappedField field) {
        String v = optional(row, field);
        if (v == null) {
            throw new IllegalArgumentException("expected " + describe(field) + ", found none");
        }
        return v;
    }

    /** The value of a field read from a column, null if unmapped, absent or empty. */
    private String optional(Row row, MappedField field) {
        if (mapping.column(field) == null) {
            return null;
        }
        String v = row.get(field);
        return v == null || v.isEmpty() ? null : v;
    }

    /** E.g. {@code a value in column 'body' (text)}. */
    private String describe(MappedField field) {
        return "a value in " + where(field);
    }

    /** E.g. {@code column 'body' (text)}. */
    private String where(MappedField field) {
        return noun + " '" + mapping.column(field) + "' (" + field.key() + ")";
    }
}
