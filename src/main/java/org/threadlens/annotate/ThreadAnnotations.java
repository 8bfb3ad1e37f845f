package org.threadlens.annotate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

/**
 * A thread with the annotations of its title and of every comment.
 *
 * @param title    nullable: annotations of the title, absent when the thread has no title
 * @param comments annotations by comment id, one entry for every comment of the thread, in thread order
 * @param failures texts the engine failed on (they carry empty annotations)
 */
public record ThreadAnnotations(
        DiscussionThread thread, TextAnnotations title, Map<String, TextAnnotations> comments,
        List<AnnotationFailure> failures) {

    public ThreadAnnotations {
        Objects.requireNonNull(thread, "thread");
        failures = List.copyOf(failures);
        Map<String, TextAnnotations> ordered = new LinkedHashMap<>();
        for (Comment c : thread.comments()) {
            TextAnnotations a = comments.get(c.id());
            if (a == null) {
                throw new IllegalArgumentException("thread " + thread.id() + ": no annotations for comment " + c.id());
            }
            ordered.put(c.id(), a);
        }
        if (ordered.size() != comments.size()) {
            throw new IllegalArgumentException("thread " + thread.id() + ": annotations for comments not in the thread");
        }
        comments = java.util.Collections.unmodifiableMap(ordered);
    }

    public TextAnnotations of(Comment comment) {
        return comments.get(comment.id());
    }

    /** These annotations with every comment's annotations passed through {@code change}. */
    public ThreadAnnotations mapComments(UnaryOperator<TextAnnotations> change) {
        Map<String, TextAnnotations> changed = new LinkedHashMap<>();
        comments.forEach((id, a) -> changed.put(id, change.apply(a)));
        return new ThreadAnnotations(thread, title, changed, failures);
    }
}
