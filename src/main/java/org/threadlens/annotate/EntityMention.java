package org.threadlens.annotate;

import java.util.Objects;

/**
 * A named-entity mention, in code points of the source text.
 *
 * @param text       the surface form: exactly the source text's {@code [begin, end)}
 * @param type       the entity type ({@code PERSON}, {@code ORGANIZATION}, ..., and {@code USER},
 *                   {@code COMMUNITY} for platform mentions such as {@code u/name}, {@code r/name})
 * @param sentence   index of the sentence that holds it
 * @param quoted     whether the mention lies inside a quotation of someone else's words
 * @param normalized nullable: the engine's normalised value (a date {@code 2015-06-12}, an amount)
 */
public record EntityMention(String text, String type, int begin, int end, int sentence, boolean quoted,
                            String normalized) {
    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Spans.require(begin, end, "entity");
        if (sentence < 0) {
            throw new IllegalArgumentException("entity sentence index " + sentence + " is negative");
        }
    }

    /** An unquoted mention without a normalised value. */
    public EntityMention(String text, String type, int begin, int end, int sentence) {
        this(text, type, begin, end, sentence, false, null);
    }

    public EntityMention asQuoted() {
        return new EntityMention(text, type, begin, end, sentence, true, normalized);
    }
}
