package org.threadlens.sentiment.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.TextAnnotations;

/**
 * The sentiment evaluation of one setup: each scorer on its own, the comment sentiment ThreadLens reports
 * (their combination), and how often the scorers agree.
 */
public final class SentimentReport {
    /** The name under which the reported comment sentiment is evaluated. */
    public static final String REPORTED = "reported";

    private final Map<String, SentimentEvaluation> byScorer;
    private final ScorerAgreement agreement;
    private final String method;

    private SentimentReport(Map<String, SentimentEvaluation> byScorer, ScorerAgreement agreement, String method) {
        this.byScorer = byScorer;
        this.agreement = agreement;
        this.method = method;
    }

    public static SentimentReport of(List<SentimentSets.Labelled> items, List<TextAnnotations> annotated) {
        Map<String, SentimentEvaluation> byScorer = new TreeMap<>();
        ScorerAgreement agreement = new ScorerAgreement();
        Map<String, Integer> methods = new TreeMap<>();
        SentimentEvaluation reported = new SentimentEvaluation();
        for (int i = 0; i < items.size(); i++) {
            Polarity gold = items.get(i).gold();
            TextAnnotations a = annotated.get(i);
            Map<String, Polarity> labels = new LinkedHashMap<>();
            for (ScorerSentiment s : a.scores().values()) {
                Polarity decision = Polarity.of(s.label());
                labels.put(s.scorer(), decision);
                byScorer.computeIfAbsent(s.scorer(), k -> new SentimentEvaluation()).add(gold, decision);
            }
            agreement.add(labels);
            CommentSentiment c = a.sentiment();
            reported.add(gold, c == null ? null : c.label());
            methods.merge(c == null ? "none" : c.method(), 1, Integer::sum);
        }
        byScorer.put(REPORTED, reported);
        return new SentimentReport(byScorer, agreement, methods.toString());
    }

    public SentimentEvaluation get(String scorer) {
        return byScorer.get(scorer);
    }

    public Map<String, Double> agreement() {
        return agreement.rates();
    }

    public List<String> format() {
        List<String> lines = new ArrayList<>();
        byScorer.forEach((scorer, e) -> {
            String what = scorer.equals(REPORTED) ? "reported comment sentiment " + method : "scorer " + scorer;
            lines.add(String.format(Locale.ROOT, " %s:", what));
            e.format().forEach(lines::add);
        });
        lines.add(" agreement between scorers (same polarity):");
        lines.addAll(agreement.format());
        return lines;
    }
}
