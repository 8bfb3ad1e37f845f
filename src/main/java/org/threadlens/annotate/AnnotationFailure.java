package org.threadlens.annotate;

import java.util.Objects;

/**
 * A text the engine failed on: it keeps empty annotations, and the failure is counted and reported.
 *
 * @param textId  the comment id, or {@code <threadId>/title}
 * @param message what went wrong
 */
public record AnnotationFailure(String textId, String message) {
    public AnnotationFailure {
        Objects.requireNonNull(textId, "textId");
        Objects.requireNonNull(message, "message");
    }
}
