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
import org.threadlens.sentiment.SentimentCombiner;

/**
 * The sentiment evaluation of one setup on one labelled set: each scorer on its own (on every text it scored),
 * the comment sentiment ThreadLens reports (their combination, as {@link ReportedSentiment} gives it: second
 * opinions asked where the shipped rule asks them), the calibration of the reported distribution, and how
 * often the scorers agree. Immutable once made.
 */
public final class SentimentReport {
    /** The name under which the reported comment sentiment is evaluated. */
    public static final String REPORTED = "reported";

    private final Map<String, SentimentEvaluation> byScorer;
    private final Calibration calibration;
    private final ScorerAgreement agreement;
    private final String method;

    private SentimentReport(Map<String, SentimentEvaluation> byScorer, Calibration calibration, ScorerAgreement agreement,
                            String method) {
        this.byScorer = byScorer;
        this.calibration = calibration;
        this.agreement = agreement;
        this.method = method;
    }

    /** With the shipped combiner. */
    public static SentimentReport of(List<SentimentSets.Labelled> items, List<TextAnnotations> annotated) {
        return of(items, annotated, SentimentCombiner.standard());
    }

    /** {@code annotated.get(i)} is the annotation of {@code items.get(i)}; the reported sentiment is {@code combiner}'s. */
    public static SentimentReport of(List<SentimentSets.Labelled> items, List<TextAnnotations> annotated,
                                     SentimentCombiner combiner) {
        if (items.size() != annotated.size()) {
            throw new IllegalArgumentException(items.size() + " labelled texts but " + annotated.size() + " annotations");
        }
        Map<String, SentimentEvaluation> byScorer = new TreeMap<>();
        ScorerAgreement agreement = new ScorerAgreement();
        Calibration calibration = new Calibration();
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
            CommentSentiment c = ReportedSentiment.of(a.scores(), combiner);
            reported.add(gold, c == null ? null : c.label());
            calibration.add(gold, c == null ? null : c.distribution());
            methods.merge(c == null ? "none" : c.method(), 1, Integer::sum);
        }
        byScorer.put(REPORTED, reported);
        return new SentimentReport(byScorer, calibration, agreement, methods.toString());
    }

    /** The evaluation of a scorer, or of {@value #REPORTED}; null if no text had that scorer. */
    public SentimentEvaluation get(String scorer) {
        return byScorer.get(scorer);
    }

    /** The scorers evaluated, by name, then {@value #REPORTED}. */
    public List<String> names() {
        List<String> out = new ArrayList<>(byScorer.keySet());
        out.remove(REPORTED);
        out.add(REPORTED);
        return out;
    }

    /** The calibration of the reported distribution. */
    public Calibration calibration() {
        return calibration;
    }

    public Map<String, Double> agreement() {
        return agreement.rates();
    }

    /**
     * The reported sentiment in detail: how it was reached, per-class F1 and the confusion matrix, calibration
     * per class; then the agreement between scorers, if there are several.
     */
    public List<String> details() {
        SentimentEvaluation reported = byScorer.get(REPORTED);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, " reported comment sentiment %s: accuracy %.3f  macro-F1 %.3f  (n %d)",
                method, reported.accuracy(), reported.macroF1(), reported.total()));
        reported.perClass().forEach((p, c) -> lines.add(String.format(Locale.ROOT, "  %-9s %s", p.wireName(), c.format())));
        lines.add(" confusion (rows gold, columns predicted):");
        lines.addAll(reported.formatConfusion());
        lines.add(String.format(Locale.ROOT, " calibration of the reported distribution (one class against the rest, %d bins):",
                Calibration.BINS));
        lines.addAll(calibration.format());
        if (!agreement.rates().isEmpty()) {
            lines.add(" agreement between scorers (same polarity):");
            lines.addAll(agreement.format());
        }
        return lines;
    }
}
