package org.threadlens.analyze;

import java.util.List;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.SentimentDistribution;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;

/** The comment-level sentiment: a token-weighted mean of unquoted sentence distributions (package docs). */
public final class CommentSentimentRollup {
    private CommentSentimentRollup() {
    }

    /** The annotations with their comment-level sentiment added, or unchanged if no sentence was scored. */
    public static TextAnnotations apply(TextAnnotations a) {
        CommentSentiment rollup = of(a);
        return rollup == null ? a : a.withSentiment(rollup);
    }

    /** The roll-up, or null if no unquoted sentence has a sentiment. */
    public static CommentSentiment of(TextAnnotations a) {
        int[] tokensPerSentence = new int[a.sentences().size()];
        for (Token t : a.tokens()) {
            tokensPerSentence[t.sentence()]++;
        }
        double[] sum = new double[5];
        double weight = 0;
        List<Sentence> sentences = a.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.sentiment() == null || s.quoted()) {
                continue;
            }
            double w = Math.max(1, tokensPerSentence[i]);
            double[] p = s.sentiment().distribution().toArray();
            for (int k = 0; k < 5; k++) {
                sum[k] += w * p[k];
            }
            weight += w;
        }
        if (weight == 0) {
            return null;
        }
        for (int k = 0; k < 5; k++) {
            sum[k] /= weight;
        }
        return CommentSentiment.of(new SentimentDistribution(sum));
    }
}
