package org.threadlens.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.threadlens.annotate.CommentScorer;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.SecondOpinion;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.sentiment.encoder.EncoderSentimentModel;
import org.threadlens.sentiment.doccat.DoccatSentimentModel;
import org.threadlens.sentiment.vader.VaderCommentScorer;
import org.threadlens.sentiment.vader.VaderSentenceScorer;
import org.threadlens.text.MarkupStyle;

/**
 * The sentiment scorers a run uses beside CoreNLP: VADER as the fallback for unparsable sentences and as a
 * comment scorer, and the trained sentiment models (OpenNLP's categorizer, the bge encoder's regression) where the build
 * ships them.
 */
public final class SentimentScorers {
    private SentimentScorers() {
    }

    /** How the encoder scorer ({@code bge}) runs. */
    public enum Encoder {
        /** Not at all ({@code annotate --no-encoder}). */
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

    /** VADER, the word model if present, and with {@code encoder} the bge second opinion if present. */
    public static List<CommentScorer> standard(boolean encoder) {
        return standard(encoder ? Encoder.SECOND_OPINION : Encoder.OFF);
    }

    /** VADER, the word model if present, and the encoder scorer if present, run as {@code encoder} says. */
    public static List<CommentScorer> standard(Encoder encoder) {
        List<CommentScorer> out = new ArrayList<>();
        out.add(VaderCommentScorer.standard());
        DoccatSentimentModel.standard().ifPresent(out::add);
        if (encoder != Encoder.OFF) {
            EncoderSentimentModel.standard().ifPresent(m -> out.add(encoder == Encoder.ALWAYS ? m : secondOpinion(m)));
        }
        return out;
    }

    /** The encoder is a second opinion where the shipped combiner says when to ask it; otherwise it is always asked. */
    private static CommentScorer secondOpinion(EncoderSentimentModel miniLm) {
        return SentimentCombiner.standard().secondOpinion(miniLm.name())
                .<CommentScorer>map(rule -> new SecondOpinion(miniLm, rule))
                .orElse(miniLm);
    }

    /**
     * Annotation options for the layers asked for: with sentiment, the fallback and comment scorers.
     *
     * @param markup nullable: forced markup style; null chooses by platform
     * @param encoder whether the bge second opinion is among the comment scorers
     */
    public static ThreadAnnotator.Options options(Set<Layer> layers, MarkupStyle markup, boolean detectCase, boolean encoder) {
        return options(layers, markup, detectCase, encoder ? Encoder.SECOND_OPINION : Encoder.OFF);
    }

    /** Annotation options as {@link #options(Set, MarkupStyle, boolean, boolean)}, the encoder run as {@code encoder} says. */
    public static ThreadAnnotator.Options options(Set<Layer> layers, MarkupStyle markup, boolean detectCase, Encoder encoder) {
        boolean sentiment = layers.contains(Layer.SENTIMENT);
        return new ThreadAnnotator.Options(markup, sentiment ? VaderSentenceScorer.standard() : null, detectCase,
                sentiment ? standard(encoder) : List.of());
    }
}
