package org.threadlens.eval;

import java.util.List;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.vader.VaderSentenceScorer;

/** Public access to annotating labelled texts as {@code annotate} would (see {@link TextBatch}). */
public final class Batches {
    private Batches() {
    }

    public static List<TextAnnotations> annotate(List<String> texts, CommentAnnotator engine, EvalSetup setup, int threads) {
        return TextBatch.annotate(texts, engine, setup, setup.fallback() ? VaderSentenceScorer.standard() : null, threads);
    }
}
