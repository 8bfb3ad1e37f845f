package org.threadlens.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.threadlens.annotate.CommentScorer;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.SecondOpinion;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.sentiment.minilm.MiniLmSentimentModel;
import org.threadlens.sentiment.reddit.RedditSentimentModel;
import org.threadlens.sentiment.vader.VaderCommentScorer;
import org.threadlens.sentiment.vader.VaderSentenceScorer;
import org.threadlens.text.MarkupStyle;

/**
 * The sentiment scorers a run uses beside CoreNLP: VADER as the fallback for unparsable sentences and as a
 * comment scorer, and the Reddit sentiment models (OpenNLP's categorizer, MiniLM embeddings) where the build
 * ships them.
 */
public final class SentimentScorers {
    private SentimentScorers() {
    }

    /** How the MiniLM scorer runs. */
    public enum MiniLm {
        /** Not at all ({@code annotate --no-minilm}). */
        OFF,
        /** As {@code annotate} runs it: a second opinion, asked where the shipped rule says. */
        SECOND_OPINION,
        /**
         * On every comment, for evaluation only: so that it can be measured alone. The comment sentiment
         * combined from such scores is not what {@code annotate} reports until the shipped rule is applied
         * again ({@code sentiment.eval.ReportedSentiment}).
         */
        ALWAYS
    }

    /** VADER, the Reddit categorizer if present, and with {@code minilm} the MiniLM second opinion if present. */
    public static List<CommentScorer> standard(boolean minilm) {
        return standard(minilm ? MiniLm.SECOND_OPINION : MiniLm.OFF);
    }

    /** VADER, the Reddit categorizer if present, and MiniLM if present, run as {@code minilm} says. */
    public static List<CommentScorer> standard(MiniLm minilm) {
        List<CommentScorer> out = new ArrayList<>();
        out.add(VaderCommentScorer.standard());
        RedditSentimentModel.standard().ifPresent(out::add);
        if (minilm != MiniLm.OFF) {
            MiniLmSentimentModel.standard().ifPresent(m -> out.add(minilm == MiniLm.ALWAYS ? m : secondOpinion(m)));
        }
        return out;
    }

    /** MiniLM is a second opinion where the shipped combiner says when to ask it; otherwise it is always asked. */
    private static CommentScorer secondOpinion(MiniLmSentimentModel miniLm) {
        return SentimentCombiner.standard().secondOpinion(miniLm.name())
                .<CommentScorer>map(rule -> new SecondOpinion(miniLm, rule))
                .orElse(miniLm);
    }

    /**
     * Annotation options for the layers asked for: with sentiment, the fallback and comment scorers.
     *
     * @param markup nullable: forced markup style; null chooses by platform
     * @param minilm whether the MiniLM second opinion is among the comment scorers
     */
    public static ThreadAnnotator.Options options(Set<Layer> layers, MarkupStyle markup, boolean detectCase, boolean minilm) {
        return options(layers, markup, detectCase, minilm ? MiniLm.SECOND_OPINION : MiniLm.OFF);
    }

    /** Annotation options as {@link #options(Set, MarkupStyle, boolean, boolean)}, MiniLM run as {@code minilm} says. */
    public static ThreadAnnotator.Options options(Set<Layer> layers, MarkupStyle markup, boolean detectCase, MiniLm minilm) {
        boolean sentiment = layers.contains(Layer.SENTIMENT);
        return new ThreadAnnotator.Options(markup, sentiment ? VaderSentenceScorer.standard() : null, detectCase,
                sentiment ? standard(minilm) : List.of());
    }
}
