package org.threadlens.eval;

import java.util.List;
import java.util.Set;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.run.SentimentScorers;

/** Public access to annotating labelled texts as {@code annotate} would (see {@link TextBatch}). */
public final class Batches {
    private Batches() {
    }

    /**
     * Annotates texts with a setup's preparation and scorers: plain CoreNLP gets none of ThreadLens's
     * (CoreNLP's own sentence sentiment only); the ThreadLens setups get the fallback and comment scorers,
     * with {@code minilm} the MiniLM second opinion among them.
     */
    public static List<TextAnnotations> annotate(List<String> texts, CommentAnnotator engine, EvalSetup setup,
                                                 Set<Layer> layers, int threads, boolean minilm) {
        ThreadAnnotator.Options options = setup.threadLensScorers()
                ? SentimentScorers.options(layers, setup.markup(), setup.caseless(), minilm)
                : new ThreadAnnotator.Options(setup.markup(), null, setup.caseless(), List.of());
        return TextBatch.annotate(texts, engine, options, threads);
    }

    /** Annotates texts with explicit options (for training on freshly made scorers). */
    public static List<TextAnnotations> annotateWith(List<String> texts, CommentAnnotator engine,
                                                     ThreadAnnotator.Options options, int threads) {
        return TextBatch.annotate(texts, engine, options, threads);
    }
}
