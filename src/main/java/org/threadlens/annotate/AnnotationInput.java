package org.threadlens.annotate;

import java.util.Objects;
import org.threadlens.text.PreparedText;

/**
 * One text to annotate.
 *
 * @param id         what the text is, for messages: a comment id, or {@code <threadId>/title}
 * @param text       the prepared text: the plain text the engine reads and the map back to the source
 * @param createdUtc nullable: when it was written, in epoch seconds; engines anchor relative dates on it
 * @param caseless   whether the text lacks case information (all lower case or all capitals), so that an
 *                   engine with caseless models uses them
 */
public record AnnotationInput(String id, PreparedText text, Long createdUtc, boolean caseless) {
    public AnnotationInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A text with case information. */
    public AnnotationInput(String id, PreparedText text, Long createdUtc) {
        this(id, text, createdUtc, false);
    }
}
