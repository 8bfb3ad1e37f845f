package org.threadlens.annotate;

import java.util.Set;

/** Kinds of entity types: CoreNLP tags numbers, amounts and times as entities too. */
public final class EntityTypes {
    private static final Set<String> NUMERIC = Set.of("NUMBER", "ORDINAL", "PERCENT", "MONEY", "DATE", "TIME", "DURATION", "SET");

    private EntityTypes() {
    }

    /**
     * Whether a type is a number, amount or time ({@code NUMBER}, {@code ORDINAL}, {@code PERCENT},
     * {@code MONEY}, {@code DATE}, {@code TIME}, {@code DURATION}, {@code SET}): kept in the comment's
     * entities, but not a thing the thread talks about.
     */
    public static boolean isNumeric(String type) {
        return NUMERIC.contains(type);
    }
}
