package org.threadlens.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * Annotates labelled texts the way {@code annotate} annotates comments: each text is the post of a thread of
 * its own, prepared, annotated and rolled up by the same classes. Texts run in parallel; results keep the
 * input order.
 */
final class TextBatch {
    private TextBatch() {
    }

    static List<TextAnnotations> annotate(List<String> texts, CommentAnnotator engine, ThreadAnnotator.Options options,
                                          int threads) {
        ThreadAnnotator annotator = new ThreadAnnotator(engine, options);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<ThreadAnnotations>> futures = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                String id = "t" + i;
                ThreadBuilder b = new ThreadBuilder("reddit", id, new SourceRef("eval", "eval"));
                b.add(new Comment(id, null, CommentKind.POST, 0, null, null, null, texts.get(i), java.util.Set.of()));
                futures.add(annotator.annotate(b.build(), pool));
            }
            List<TextAnnotations> out = new ArrayList<>(texts.size());
            for (int i = 0; i < futures.size(); i++) {
                ThreadAnnotations a = ThreadSummarizer.rollUpComments(futures.get(i).join());
                out.add(a.comments().get("t" + i));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
