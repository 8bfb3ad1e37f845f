package org.threadlens.record;

import java.util.Map;
import java.util.Objects;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.analyze.ThreadSummary;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

/**
 * A thread with its annotations, its summary and their provenance: one line of annotated JSONL.
 *
 * @param title      nullable: the title's annotations (absent when structure only or untitled)
 * @param comments   annotations by comment id; empty for a structure-only record, else one per comment
 * @param summary    nullable: absent for a structure-only record
 */
public record AnnotatedThread(
        DiscussionThread thread, TextAnnotations title, Map<String, TextAnnotations> comments,
        ThreadSummary summary, Provenance provenance) {

    public AnnotatedThread {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(provenance, "provenance");
        comments = Map.copyOf(comments);
        if (!comments.isEmpty()) {
            for (Comment c : thread.comments()) {
                if (!comments.containsKey(c.id())) {
                    throw new IllegalArgumentException("thread " + thread.id() + ": no annotations for comment " + c.id());
                }
            }
        }
    }

    /** A record of the thread's structure alone. */
    public static AnnotatedThread structureOnly(DiscussionThread thread, Provenance provenance) {
        return new AnnotatedThread(thread, null, Map.of(), null, provenance);
    }

    /**
     * The record of a freshly annotated thread: comments rolled up, then the thread summarized
     * ({@link ThreadSummarizer}).
     */
    public static AnnotatedThread analyzed(ThreadAnnotations raw, Provenance provenance) {
        ThreadAnnotations rolled = ThreadSummarizer.rollUpComments(raw);
        return of(rolled, ThreadSummarizer.summarize(rolled), provenance);
    }

    /** A record of an annotated and summarized thread. */
    public static AnnotatedThread of(ThreadAnnotations annotations, ThreadSummary summary, Provenance provenance) {
        return new AnnotatedThread(annotations.thread(), annotations.title(), annotations.comments(), summary, provenance);
    }

    public boolean isAnnotated() {
        return !comments.isEmpty();
    }

    /** The annotations of a comment; null for a structure-only record. */
    public TextAnnotations annotationsOf(Comment c) {
        return comments.get(c.id());
    }
}
