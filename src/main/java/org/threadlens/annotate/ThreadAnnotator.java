package org.threadlens.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import org.threadlens.text.PreparedText;
import org.threadlens.text.TextPreparer;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.DiscussionThread;

/**
 * Annotates a thread's title and every comment, each text a task on the given executor.
 *
 * <p>Policy decided here, not in the engine: deleted and removed comments are not annotated (their body is a
 * placeholder such as {@code [deleted]}); they get empty annotations of the requested layers. A text the
 * engine fails on gets empty annotations too, and an {@link AnnotationFailure} in the result.
 * Thread-safe: one instance serves every thread of a run.
 */
public final class ThreadAnnotator {
    private final CommentAnnotator engine;
    private final TextPreparer preparer;

    public ThreadAnnotator(CommentAnnotator engine, TextPreparer preparer) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.preparer = Objects.requireNonNull(preparer, "preparer");
    }

    public CommentAnnotator engine() {
        return engine;
    }

    /** Annotates every text of the thread on {@code executor}; completes when all are done. */
    public CompletableFuture<ThreadAnnotations> annotate(DiscussionThread thread, Executor executor) {
        ConcurrentLinkedQueue<AnnotationFailure> failures = new ConcurrentLinkedQueue<>();
        CompletableFuture<TextAnnotations> title = thread.title() == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> annotateText(thread.id() + "/title", thread.title(),
                        thread.createdUtc(), failures), executor);
        List<CompletableFuture<TextAnnotations>> comments = new ArrayList<>(thread.comments().size());
        for (Comment c : thread.comments()) {
            comments.add(needsAnnotation(c)
                    ? CompletableFuture.supplyAsync(() -> annotateText(c.id(), c.text(), c.createdUtc(), failures), executor)
                    : CompletableFuture.completedFuture(TextAnnotations.empty(engine.layers())));
        }
        return CompletableFuture.allOf(comments.toArray(CompletableFuture[]::new)).thenCombine(title, (done, t) -> {
            Map<String, TextAnnotations> byId = new LinkedHashMap<>();
            for (int i = 0; i < comments.size(); i++) {
                byId.put(thread.comments().get(i).id(), comments.get(i).join());
            }
            return new ThreadAnnotations(thread, t, byId, List.copyOf(failures));
        });
    }

    /** Whether a comment's body is the author's words: not a deletion or removal placeholder. */
    public static boolean needsAnnotation(Comment c) {
        return !c.has(CommentFlag.DELETED) && !c.has(CommentFlag.REMOVED);
    }

    private TextAnnotations annotateText(String id, String text, Long createdUtc, ConcurrentLinkedQueue<AnnotationFailure> failures) {
        PreparedText prepared = preparer.prepare(text);
        try {
            return engine.annotate(new AnnotationInput(id, prepared, createdUtc));
        } catch (AnnotationException | RuntimeException e) {
            failures.add(new AnnotationFailure(id, e.getMessage() == null ? e.toString() : e.getMessage()));
            return TextAnnotations.empty(engine.layers());
        }
    }
}
