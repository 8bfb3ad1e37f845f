package org.threadlens.annotate;

import java.util.Objects;

/**
 * A named-entity mention, in code points of the source text.
 *
 * @param text     the surface form: exactly the source text's {@code [begin, end)}
 * @param type     the entity type ({@code PERSON}, {@code ORGANIZATION}, ...)
 * @param sentence index of the sentence that holds it
 */
public record EntityMention(String text, String type, int begin, int end, int sentence) {
    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Spans.require(begin, end, "entity");
        if (sentence < 0) {
            throw new IllegalArgumentException("entity sentence index " + sentence + " is negative");
        }
    }
}
