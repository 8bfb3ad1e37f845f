package org.threadlens.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.SentimentDistribution;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.sentiment.SentimentCombiner;

/**
 * "What does this thread think of X": the sentiment of the unquoted sentences that mention X, each sentence
 * counted once however often it names X. A sentence's sentiment combines, as a comment's does
 * ({@link SentimentCombiner}), CoreNLP's sentence sentiment (where CoreNLP parsed it) with the comment
 * scorers' sentiment of the sentence alone. Not thread-safe.
 */
final class EntitySentiment {
    private final Map<String, CommentSentiment> bySentence = new LinkedHashMap<>();

    void add(String commentId, int sentenceIndex, TextAnnotations ta) {
        String key = commentId + "#" + sentenceIndex;
        if (bySentence.containsKey(key) || sentenceIndex >= ta.sentences().size()) {
            return;
        }
        CommentSentiment s = of(ta.sentences().get(sentenceIndex));
        if (s != null) {
            bySentence.put(key, s);
        }
    }

    void absorb(EntitySentiment other) {
        other.bySentence.forEach(bySentence::putIfAbsent);
    }

    SentimentSummary summary() {
        SentimentStats stats = new SentimentStats();
        bySentence.values().forEach(s -> stats.add(s, 1));
        return stats.summary();
    }

    /** A sentence's combined sentiment, or null if no scorer read it. */
    static CommentSentiment of(Sentence s) {
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
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
