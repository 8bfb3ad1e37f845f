package org.threadlens.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.sentiment.SentimentCombiner;
import org.threadlens.thread.Comment;

/** Rolls a thread's annotations up: comment sentiment first, then the thread summary (see package docs). */
public final class ThreadSummarizer {
    private ThreadSummarizer() {
    }

    /**
     * The annotations with every text's CoreNLP sentence sentiment rolled up ({@link CoreNlpRollup}) and its
     * scorers combined into its sentiment ({@link SentimentCombiner#standard()}).
     */
    public static ThreadAnnotations rollUpComments(ThreadAnnotations annotations) {
        TextAnnotations title = annotations.title() == null ? null : rollUp(annotations.title());
        ThreadAnnotations rolled = annotations.mapComments(ThreadSummarizer::rollUp);
        return new ThreadAnnotations(rolled.thread(), title, rolled.comments(), rolled.failures());
    }

    static TextAnnotations rollUp(TextAnnotations a) {
        TextAnnotations withRollup = CoreNlpRollup.apply(a);
        CommentSentiment combined = SentimentCombiner.standard().combine(withRollup.scores());
        return combined == null ? withRollup : withRollup.withSentiment(combined);
    }

    /** The thread summary of annotations whose comment sentiment is already rolled up. */
    public static ThreadSummary summarize(ThreadAnnotations annotations) {
        return summarize(annotations, true);
    }

    /**
     * The thread summary, with or without its roll-ups (by author, depth, time and subtree: a bootstrap interval per
     * group, half the summary's cost; the store keeps none of them, SQL over its comments gives them).
     */
    public static ThreadSummary summarize(ThreadAnnotations annotations, boolean rollUps) {
        Map<String, SentimentSummary> weighted = new LinkedHashMap<>();
        for (Weighting w : new Weighting[] {Weighting.LENGTH, Weighting.SCORE}) {
            SentimentSummary s = sentiment(annotations, w);
            if (s != null) {
                weighted.put(w.wireName(), s);
            }
        }
        SentimentSummary mood = sentiment(annotations, Weighting.NONE);
        return new ThreadSummary(mood, weighted, mood == null || !rollUps ? Map.of() : RollUps.of(annotations),
                mood == null ? null : ReplyDynamics.of(annotations), EntityIndex.of(annotations));
    }

    /** The thread's mood over its comments with a sentiment, weighted. */
    static SentimentSummary sentiment(ThreadAnnotations annotations, Weighting weighting) {
        SentimentStats stats = new SentimentStats();
        for (Comment c : annotations.thread().comments()) {
            TextAnnotations a = annotations.of(c);
            if (a.sentiment() != null) {
                stats.add(a.sentiment(), weighting.weight(c, a));
            }
        }
        return stats.summary();
    }
}
