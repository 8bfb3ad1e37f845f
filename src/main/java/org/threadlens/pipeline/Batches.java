package org.threadlens.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.sentiment.SentimentScorers;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * Annotates labelled texts the way {@code annotate} annotates comments: each text is the post of a thread of
 * its own, prepared, annotated and rolled up by the same classes. Texts run in parallel; results keep the
 * input order. Stateless; each call makes its own thread pool of {@code threads} workers.
 */
public final class Batches {
    private Batches() {
    }

    /**
     * Annotates texts with a setup's preparation and scorers: plain CoreNLP gets none of ThreadLens's
     * (CoreNLP's own sentence sentiment only); the ThreadLens setups get the fallback and comment scorers,
     * with the encoder scorer among them as {@code encoder} says, and entity resolution (each text its own
     * thread).
     */
    public static List<TextAnnotations> annotate(List<String> texts, CommentAnnotator engine, EvalSetup setup,
                                                 Set<Layer> layers, int threads, SentimentScorers.Encoder encoder) {
        ThreadAnnotator.Options options = setup.threadLensScorers()
                ? SentimentScorers.options(layers, setup.markup(), setup.caseless(), encoder).withRefiner(EntityResolution.of(layers))
                : new ThreadAnnotator.Options(setup.markup(), null, setup.caseless(), List.of());
        return annotateWith(texts, engine, options, threads);
    }

    /** Annotates texts with explicit options (for training on freshly made scorers). */
    public static List<TextAnnotations> annotateWith(List<String> texts, CommentAnnotator engine,
                                                     ThreadAnnotator.Options options, int threads) {
        ThreadAnnotator annotator = new ThreadAnnotator(engine, options);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<ThreadAnnotations>> futures = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                String id = "t" + i;
                ThreadBuilder b = new ThreadBuilder("reddit", id, new SourceRef("eval", "eval"));
                b.add(new Comment(id, null, CommentKind.POST, 0, null, null, null, texts.get(i), Set.of()));
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
