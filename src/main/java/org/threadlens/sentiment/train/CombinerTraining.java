package org.threadlens.sentiment.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.SecondOpinion;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.sentiment.LogisticRegression;
import org.threadlens.sentiment.SentimentCombiner;
import org.threadlens.sentiment.eval.SentimentEvaluation;
import org.threadlens.sentiment.eval.SentimentSets;

/**
 * Fits the comment-level combiner ({@code models/sentiment-combiner.json}) on out-of-fold scores: a logistic
 * regression per combination of scorers with per-class multipliers chosen for macro-F1, and when to ask the
 * costly scorer as a second opinion. Deterministic.
 */
final class CombinerTraining {
    static final double[] BIAS_GRID = {0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5};
    /** In order of preference: the first whose scorers are all present is applied (fallbacks for builds without some). */
    static final List<List<String>> COMBINATIONS = List.of(
            List.of("corenlp", "opennlp", "vader", "minilm"), List.of("opennlp", "vader", "minilm"),
            List.of("corenlp", "opennlp", "vader"), List.of("opennlp", "vader"));
    /** The costly scorer asked only where the gate scorer is unsure, and the grid and tolerance choosing when. */
    static final String SECOND_OPINION = "minilm";
    static final String GATE = "opennlp";
    static final double[] SECOND_OPINION_GRID = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    static final double SECOND_OPINION_TOLERANCE = 0.001;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<String> log;

    CombinerTraining(Consumer<String> log) {
        this.log = log;
    }

    /** The combiner file's content: every combination fitted on the out-of-fold scores, and the second-opinion rule. */
    ObjectNode fit(List<SentimentSets.Labelled> items, List<TextAnnotations> annotated) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", SentimentCombiner.FORMAT);
        ArrayNode combinations = root.putArray("combinations");
        for (List<String> scorers : COMBINATIONS) {
            List<double[]> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (annotated.get(i).scores().keySet().containsAll(scorers)) {
                    x.add(SentimentCombiner.features(scorers, annotated.get(i).scores()));
                    y.add(items.get(i).gold().ordinal());
                }
            }
            int[] labels = y.stream().mapToInt(Integer::intValue).toArray();
            double[][] features = x.toArray(double[][]::new);
            LogisticRegression lr = fitRegression(features, labels);
            double[] bias = chooseBias(features, labels, lr);
            double f1 = macroF1(features, labels, lr, bias);
            log.accept(String.format("combination %s: %d held-out comments, bias %s, macro-F1 %.3f (in sample)", scorers,
                    x.size(), java.util.Arrays.toString(bias), f1));
            ObjectNode c = combinations.addObject();
            scorers.forEach(c.putArray("scorers")::add);
            ArrayNode w = c.putArray("weights");
            for (double[] row : lr.weights()) {
                ArrayNode r = w.addArray();
                for (double v : row) {
                    r.add(v);
                }
            }
            ArrayNode b = c.putArray("bias");
            for (double v : bias) {
                b.add(v);
            }
            c.put("inSampleMacroF1", f1);
            c.put("heldOutComments", x.size());
        }
        chooseSecondOpinion(root, items, annotated);
        return root;
    }

    /**
     * When to ask {@value #SECOND_OPINION} (the costly scorer): the lowest threshold on {@value #GATE}'s top
     * probability whose out-of-fold macro-F1, with the combinations applied as {@code annotate} applies them,
     * is within {@value #SECOND_OPINION_TOLERANCE} of asking it for every comment.
     */
    private void chooseSecondOpinion(ObjectNode root, List<SentimentSets.Labelled> items, List<TextAnnotations> annotated) {
        SentimentCombiner combiner = SentimentCombiner.parse(root);
        double[] always = cascade(combiner, items, annotated, 1.0);
        double chosen = 1.0;
        double[] result = always;
        for (double below : SECOND_OPINION_GRID) {
            double[] r = cascade(combiner, items, annotated, below);
            log.accept(String.format("%s asked below %s's %.2f: %.1f%% of comments, macro-F1 %.4f (always: %.4f)",
                    SECOND_OPINION, GATE, below, 100 * r[1], r[0], always[0]));
            if (r[0] >= always[0] - SECOND_OPINION_TOLERANCE) {
                chosen = below;
                result = r;
                break;
            }
        }
        ObjectNode rule = root.putArray("secondOpinions").addObject();
        rule.put("scorer", SECOND_OPINION).put("gate", GATE).put("below", chosen)
                .put("askedShare", result[1]).put("inSampleMacroF1", result[0]).put("alwaysMacroF1", always[0]);
    }

    /** Out-of-fold {macro-F1, share of comments asked} when the second opinion is asked below {@code below}. */
    private static double[] cascade(SentimentCombiner combiner, List<SentimentSets.Labelled> items,
                                    List<TextAnnotations> annotated, double below) {
        SecondOpinion.Rule rule = new SecondOpinion.Rule(GATE, below);
        SentimentEvaluation e = new SentimentEvaluation();
        int asked = 0;
        for (int i = 0; i < items.size(); i++) {
            Map<String, ScorerSentiment> scores = new TreeMap<>(annotated.get(i).scores());
            if (rule.wanted(scores) && scores.containsKey(SECOND_OPINION)) {
                asked++;
            } else {
                scores.remove(SECOND_OPINION);
            }
            var combined = combiner.combine(scores);
            e.add(items.get(i).gold(), combined == null ? null : combined.label());
        }
        return new double[] {e.macroF1(), (double) asked / items.size()};
    }

    static LogisticRegression fitRegression(double[][] x, int[] y) {
        return LogisticRegression.fit(x, y, 3, new double[] {1, 1, 1}, 1e-3, 1500, 1.0);
    }

    /**
     * The per-class multipliers on the combined probabilities (negative, neutral fixed at 1, positive) that
     * maximise macro-F1 over the out-of-fold comments: argmax of calibrated probabilities maximises accuracy,
     * not the mean F1 of unequal classes. Two numbers fitted on tens of thousands of comments.
     */
    static double[] chooseBias(double[][] x, int[] y, LogisticRegression lr) {
        double[] best = {1, 1, 1};
        double bestF1 = -1;
        for (double neg : BIAS_GRID) {
            for (double pos : BIAS_GRID) {
                double[] bias = {neg, 1, pos};
                double f1 = macroF1(x, y, lr, bias);
                if (f1 > bestF1 + 1e-9) {
                    bestF1 = f1;
                    best = bias;
                }
            }
        }
        return best;
    }

    static double macroF1(double[][] x, int[] y, LogisticRegression lr, double[] bias) {
        SentimentEvaluation e = new SentimentEvaluation();
        for (int i = 0; i < x.length; i++) {
            e.add(Polarity.values()[y[i]], SentimentCombiner.decide(lr.probabilities(x[i]), bias).argMax());
        }
        return e.macroF1();
    }
}
