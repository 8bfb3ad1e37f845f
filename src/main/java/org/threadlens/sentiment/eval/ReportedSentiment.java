package org.threadlens.sentiment.eval;

import java.util.Map;
import java.util.LinkedHashMap;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.SecondOpinion;
import org.threadlens.sentiment.SentimentCombiner;

/**
 * The comment sentiment {@code annotate} reports, from the scores of a text on which every second opinion was
 * asked (as {@code eval sentiment} asks them, to measure each scorer alone): each second opinion whose shipped
 * {@link SecondOpinion.Rule} would not have asked it is left out, then the combiner combines the rest. The
 * rules read only their gate scorer, which runs before the second opinion, so the decision is the one
 * {@code annotate} takes. Scores without any second opinion are combined as they are. Stateless.
 */
public final class ReportedSentiment {
    private ReportedSentiment() {
    }

    /** With the shipped combiner and rules. */
    public static CommentSentiment of(Map<String, ScorerSentiment> scores) {
        return of(scores, SentimentCombiner.standard());
    }

    /** The comment sentiment {@code combiner} gives once its second-opinion rules are applied; null if none. */
    public static CommentSentiment of(Map<String, ScorerSentiment> scores, SentimentCombiner combiner) {
        Map<String, ScorerSentiment> asAnnotated = new LinkedHashMap<>(scores);
        for (String scorer : scores.keySet()) {
            combiner.secondOpinion(scorer).filter(rule -> !rule.wanted(scores)).ifPresent(rule -> asAnnotated.remove(scorer));
        }
        return combiner.combine(asAnnotated);
    }
}
