package org.threadlens.read.mapped;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The ThreadLens fields a {@code --map} can name a column (or key) for. */
enum MappedField {
    ID(true, true, false),
    THREAD(true, true, false),
    TEXT(true, false, false),
    PARENT(false, true, false),
    AUTHOR(false, false, false),
    TIME(false, true, false),
    SCORE(false, true, false),
    TITLE(false, false, false),
    COMMUNITY(false, false, true),
    PLATFORM(false, false, true),
    URL(false, false, false);

    private final boolean required;
    private final boolean numberAllowed;
    private final boolean literalAllowed;

    MappedField(boolean required, boolean numberAllowed, boolean literalAllowed) {
        this.required = required;
        this.numberAllowed = numberAllowed;
        this.literalAllowed = literalAllowed;
    }

    /** The name used in {@code --map}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether every mapping must name it. */
    boolean required() {
        return required;
    }

    /** Whether a JSON number is a valid value (ids, time, score); other fields take strings only. */
    boolean numberAllowed() {
        return numberAllowed;
    }

    /** Whether {@code --map FIELD=:value} may give one value for every thread instead of a column. */
    boolean literalAllowed() {
        return literalAllowed;
    }

    /** The field named {@code key} in {@code --map}, or null. */
    static MappedField byKey(String key) {
        for (MappedField f : values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    static String knownKeys() {
        return Arrays.stream(values()).map(MappedField::key).collect(Collectors.joining(", "));
    }
}
