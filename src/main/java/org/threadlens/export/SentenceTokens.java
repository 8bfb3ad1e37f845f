package org.threadlens.export;

import java.util.ArrayList;
import java.util.List;
import org.threadlens.annotate.TextAnnotations;

/**
 * A text's tokens grouped by the sentence that holds them, for formats written sentence by sentence.
 * Stateless, thread-safe.
 */
public final class SentenceTokens {
    private SentenceTokens() {
    }

    /** For each sentence (by index), the indices of its tokens in {@code a.tokens()}, in order. */
    public static List<List<Integer>> of(TextAnnotations a) {
        List<List<Integer>> out = new ArrayList<>(a.sentences().size());
        for (int i = 0; i < a.sentences().size(); i++) {
            out.add(new ArrayList<>());
        }
        for (int t = 0; t < a.tokens().size(); t++) {
            out.get(a.tokens().get(t).sentence()).add(t);
        }
        return out;
    }
}
