package org.threadlens.analyze;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.SentimentDistribution;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.sentiment.SentimentCombiner;

/**
 * What a mention says of its entity: the combined sentiment of the sentence that holds it, the unit the thread
 * summary's entity sentiment averages ({@link EntitySummary}) and the store keeps per mention, so that the corpus
 * view can average it over any period without the records.
 *
 * <p>A sentence's sentiment combines, as a comment's does ({@link SentimentCombiner}), CoreNLP's sentence
 * sentiment (where CoreNLP parsed it) with the comment scorers' sentiment of the sentence alone. Stateless.
 */
public final class MentionSentiment {
    private MentionSentiment() {
    }

    /**
     * The sentiment a mention counts with, or null: for a quoted mention (someone else's words), a mention whose
     * sentence index is out of range, or a sentence no scorer read.
     */
    public static CommentSentiment of(EntityMention mention, TextAnnotations text) {
        if (mention.quoted() || mention.sentence() >= text.sentences().size()) {
            return null;
        }
        return of(text.sentences().get(mention.sentence()));
    }

    /** A sentence's combined sentiment, or null if no scorer read it. */
    public static CommentSentiment of(Sentence s) {
        Map<String, ScorerSentiment> scores = new TreeMap<>(s.scores());
        SentenceSentiment own = s.sentiment();
        // a fallback scorer's sentence sentiment is not CoreNLP's: the combiner's weights for corenlp do not apply
        if (own != null && SentenceSentiment.CORENLP.equals(own.scorer())) {
            SentimentDistribution d = own.distribution();
            scores.put(CoreNlpRollup.NAME, new ScorerSentiment(CoreNlpRollup.NAME, own.label(),
                    Math.max(-1, Math.min(1, d.score())), toList(d.toArray()), PolarityDistribution.of(d)));
        }
        return SentimentCombiner.standard().combine(scores);
    }

    private static List<Double> toList(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
