package org.threadlens.annotate;

import java.util.List;
import java.util.Objects;
import org.threadlens.text.PreparedText;
import org.threadlens.text.Span;

/**
 * One text to annotate.
 *
 * @param id         what the text is, for messages: a comment id, or {@code <threadId>/title}
 * @param text       the prepared text: the plain text the engine reads and the map back to the source
 * @param createdUtc nullable: when it was written, in epoch seconds; engines anchor relative dates on it
 * @param caseless   whether the text lacks case information (all lower case or all capitals), so that an
 *                   engine with caseless models uses them
 * @param unscored   stretches of the plain text (UTF-16 chars) whose sentiment does not count — quotes, code,
 *                   URLs — so that an engine may spare the work of scoring sentences inside them
 */
public record AnnotationInput(String id, PreparedText text, Long createdUtc, boolean caseless, List<Span> unscored) {
    public AnnotationInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        unscored = List.copyOf(unscored);
    }

    /** A text with nothing left unscored. */
    public AnnotationInput(String id, PreparedText text, Long createdUtc, boolean caseless) {
        this(id, text, createdUtc, caseless, List.of());
    }

    /** A text with case information and nothing left unscored. */
    public AnnotationInput(String id, PreparedText text, Long createdUtc) {
        this(id, text, createdUtc, false, List.of());
    }

    /** Whether at least half of the plain chars {@code [begin, end)} lie in unscored stretches. */
    public boolean mostlyUnscored(int begin, int end) {
        int inside = 0;
        for (Span s : unscored) {
            inside += Math.max(0, Math.min(end, s.end()) - Math.max(begin, s.begin()));
        }
        return end > begin && 2 * inside >= end - begin;
    }
}
