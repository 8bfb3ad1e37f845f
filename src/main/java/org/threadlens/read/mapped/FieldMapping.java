package org.threadlens.read.mapped;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.threadlens.read.InputFormatException;

/**
 * A checked {@code --map}: for each {@link MappedField}, the column (CSV) or key (JSONL) that holds it, or
 * for community and platform a literal value given as {@code :value}. Immutable.
 */
final class FieldMapping {
    /** What a mapping needs at least, as users write it. */
    static final String REQUIRED = "--map id=...,thread=...,text=...";

    private final Map<MappedField, String> columns;
    private final Map<MappedField, String> literals;

    private FieldMapping(Map<MappedField, String> columns, Map<MappedField, String> literals) {
        this.columns = Collections.unmodifiableMap(columns);
        this.literals = Collections.unmodifiableMap(literals);
    }

    /**
     * Checks the user's mapping.
     *
     * @param format  the reader's name, for messages
     * @param file    the first input, which messages name
     * @param available what that input offers, for messages, e.g. {@code "(columns in this file: a, b, c)"}
     * @throws InputFormatException for no mapping, an unknown field, a field without column, a misplaced
     *                              literal, or a required field missing: each message says what is expected
     */
    static FieldMapping parse(Map<String, String> mapping, String format, String file, String available)
            throws InputFormatException {
        String needs = format + " needs " + REQUIRED + " " + available;
        if (mapping.isEmpty()) {
            throw new InputFormatException(file, 0, needs);
        }
        Map<MappedField, String> cols = new EnumMap<>(MappedField.class);
        Map<MappedField, String> lits = new EnumMap<>(MappedField.class);
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            MappedField field = MappedField.byKey(e.getKey());
            if (field == null) {
                throw new InputFormatException(file, 0, "--map: unknown field '" + e.getKey() + "'; the fields are "
                        + MappedField.knownKeys());
            }
            String value = e.getValue() == null ? "" : e.getValue();
            if (value.startsWith(":") && field.literalAllowed()) {
                if (value.length() == 1) {
                    throw new InputFormatException(file, 0, "--map " + field.key() + "=: names no value; expected "
                            + field.key() + "=:VALUE or " + field.key() + "=COLUMN");
                }
                lits.put(field, value.substring(1));
            } else if (value.isEmpty()) {
                throw new InputFormatException(file, 0, "--map " + field.key() + "= names no column; expected "
                        + field.key() + "=COLUMN");
            } else if (value.startsWith(":")) {
                throw new InputFormatException(file, 0, "--map " + field.key() + "=" + value
                        + ": only community and platform take a literal value (':VALUE'); expected "
                        + field.key() + "=COLUMN");
            } else {
                cols.put(field, value);
            }
        }
        for (MappedField f : MappedField.values()) {
            if (f.required() && !cols.containsKey(f)) {
                throw new InputFormatException(file, 0, "--map names no column for " + f.key() + ": " + needs);
            }
        }
        return new FieldMapping(cols, lits);
    }

    /** The fields read from columns, with their column names. */
    Map<MappedField, String> columns() {
        return columns;
    }

    /** Nullable: the column of a field. */
    String column(MappedField field) {
        return columns.get(field);
    }

    /** Nullable: the literal value of community or platform. */
    String literal(MappedField field) {
        return literals.get(field);
    }
}
