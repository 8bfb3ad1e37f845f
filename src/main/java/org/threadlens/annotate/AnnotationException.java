package org.threadlens.annotate;

/** A text that an engine could not annotate; the message names the text (comment id) and the cause. */
public final class AnnotationException extends Exception {
    public AnnotationException(String message, Throwable cause) {
        super(message, cause);
    }
}
