package org.threadlens.analyze;

import java.util.ArrayList;
import java.util.List;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.SentimentDistribution;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;

/**
 * The comment-level reading of CoreNLP's sentence sentiment, scorer {@value #NAME}: the mean of the
 * sentence distributions, each sentence weighted by its number of tokens (a one-word aside does not
 * outweigh a paragraph), over the sentences that were scored and are not quoted. Sentences CoreNLP could
 * not parse carry the fallback scorer's five-class sentiment and count like the others, but only beside at
 * least one sentence CoreNLP scored: a text whose sentences all come from another scorer (the OpenNLP engine's
 * VADER sentences, or a comment of run-on sentences) has no CoreNLP roll-up, so that the comment's sentiment
 * is combined from the scorers that did run.
 */
public final class CoreNlpRollup {
    public static final String NAME = SentenceSentiment.CORENLP;

    private CoreNlpRollup() {
    }

    /** The annotations with the roll-up among their scores, or unchanged if no sentence was scored. */
    public static TextAnnotations apply(TextAnnotations a) {
        ScorerSentiment rollup = of(a);
        return rollup == null ? a : a.withScore(rollup);
    }

    /** The roll-up, or null if no unquoted sentence has a sentiment from CoreNLP. */
    public static ScorerSentiment of(TextAnnotations a) {
        int[] tokensPerSentence = new int[a.sentences().size()];
        for (Token t : a.tokens()) {
            tokensPerSentence[t.sentence()]++;
        }
        double[] sum = new double[5];
        double weight = 0;
        boolean coreNlp = false;
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
            coreNlp |= SentenceSentiment.CORENLP.equals(s.sentiment().scorer());
        }
        if (weight == 0 || !coreNlp) {
            return null;
        }
        List<Double> values = new ArrayList<>(5);
        for (int k = 0; k < 5; k++) {
            sum[k] /= weight;
            values.add(sum[k]);
        }
        SentimentDistribution d = new SentimentDistribution(sum);
        return new ScorerSentiment(NAME, d.argMax(), Math.max(-1, Math.min(1, d.score())), values, PolarityDistribution.of(d));
    }
}
