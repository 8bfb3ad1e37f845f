package org.threadlens.sentiment.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * Fits the comment-level combiner ({@code models/sentiment-combiner.json}) on out-of-fold scores of texts from
 * several sources: a logistic regression per combination of scorers, each source weighing alike in its loss
 * (so that the source with most texts does not decide what the others' scores mean), with per-class
 * multipliers chosen for the mean over sources of macro-F1, and when to ask the costly scorer as a second
 * opinion. Deterministic.
 */
final class CombinerTraining {
    static final double[] BIAS_GRID = {0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5};
    /** In order of preference: the first whose scorers are all present is applied (fallbacks for builds without some). */
    static final List<List<String>> COMBINATIONS = List.of(
            List.of("opennlp", "vader", "bge"), List.of("opennlp", "vader"));
    /** The costly scorer asked only where the gate scorer is unsure, and the grid and tolerance choosing when. */
    static final String SECOND_OPINION = "bge";
    static final String GATE = "opennlp";
    static final double[] SECOND_OPINION_GRID = {0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    static final double SECOND_OPINION_TOLERANCE = 0.01;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<String> log;

    CombinerTraining(Consumer<String> log) {
        this.log = log;
    }

    /** A held-out text: its gold polarity, its source, and its annotations with every scorer's answer. */
    record Held(Polarity gold, String source, TextAnnotations annotated) {
    }

    /** The combiner file's content: every combination fitted on the out-of-fold scores, and the second-opinion rule. */
    ObjectNode fit(List<Held> held) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", SentimentCombiner.FORMAT);
        ArrayNode combinations = root.putArray("combinations");
        for (List<String> scorers : COMBINATIONS) {
            List<Held> rows = held.stream().filter(h -> h.annotated().scores().keySet().containsAll(scorers)).toList();
            if (rows.isEmpty()) {
                throw new IllegalStateException("no held-out text has scores from every one of " + scorers
                        + ": was CoreNLP's sentence sentiment (the balanced profile) run on the sample?");
            }
            double[][] features = rows.stream().map(h -> SentimentCombiner.features(scorers, h.annotated().scores()))
                    .toArray(double[][]::new);
            int[] labels = rows.stream().mapToInt(h -> h.gold().ordinal()).toArray();
            String[] sources = rows.stream().map(Held::source).toArray(String[]::new);
            LogisticRegression lr = LogisticRegression.fitWeighted(features, labels, 3, sourceWeights(sources), 1e-3, 1500, 1.0);
            double[] bias = chooseBias(features, labels, sources, lr);
            double f1 = meanMacroF1(features, labels, sources, lr, bias);
            log.accept(String.format("combination %s: %d held-out texts, bias %s, mean macro-F1 over sources %.3f (in sample)",
                    scorers, rows.size(), java.util.Arrays.toString(bias), f1));
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
            c.put("inSampleMeanMacroF1", f1);
            c.put("heldOutTexts", rows.size());
        }
        chooseSecondOpinion(root, held);
        return root;
    }

    /** Each text weighs 1 / (its source's number of texts): every source's total weight is 1. */
    static double[] sourceWeights(String[] sources) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String s : sources) {
            counts.merge(s, 1, Integer::sum);
        }
        double[] w = new double[sources.length];
        for (int i = 0; i < sources.length; i++) {
            w[i] = 1.0 / counts.get(sources[i]);
        }
        return w;
    }

    /**
     * When to ask {@value #SECOND_OPINION} (the costly scorer): the lowest threshold on {@value #GATE}'s top
     * probability whose out-of-fold macro-F1, with the combinations applied as {@code annotate} applies them,
     * is within {@value #SECOND_OPINION_TOLERANCE} of asking it for every text (the mean over sources). One point
     * of macro-F1, because the encoder costs more than the rest of the default profile together: asked for
     * 54% of texts (within 0.3 points) it held the profile to 86 times CoreNLP's default pipeline, below the
     * 100 times promised.
     */
    private void chooseSecondOpinion(ObjectNode root, List<Held> held) {
        SentimentCombiner combiner = SentimentCombiner.parse(root);
        double[] always = cascade(combiner, held, 1.0);
        double chosen = 1.0;
        double[] result = always;
        for (double below : SECOND_OPINION_GRID) {
            double[] r = cascade(combiner, held, below);
            log.accept(String.format("%s asked below %s's %.2f: %.1f%% of texts, mean macro-F1 %.4f (always: %.4f)",
                    SECOND_OPINION, GATE, below, 100 * r[1], r[0], always[0]));
            if (r[0] >= always[0] - SECOND_OPINION_TOLERANCE) {
                chosen = below;
                result = r;
                break;
            }
        }
        ObjectNode rule = root.putArray("secondOpinions").addObject();
        rule.put("scorer", SECOND_OPINION).put("gate", GATE).put("below", chosen)
                .put("askedShare", result[1]).put("inSampleMeanMacroF1", result[0]).put("alwaysMeanMacroF1", always[0]);
    }

    /**
     * Out-of-fold {mean macro-F1 over sources, share of texts asked} when the second opinion is asked below
     * {@code below}.
     */
    private static double[] cascade(SentimentCombiner combiner, List<Held> items, double below) {
        SecondOpinion.Rule rule = new SecondOpinion.Rule(GATE, below);
        Map<String, SentimentEvaluation> bySource = new TreeMap<>();
        int asked = 0;
        for (Held h : items) {
            Map<String, ScorerSentiment> scores = new TreeMap<>(h.annotated().scores());
            if (rule.wanted(scores) && scores.containsKey(SECOND_OPINION)) {
                asked++;
            } else {
                scores.remove(SECOND_OPINION);
            }
            var combined = combiner.combine(scores);
            bySource.computeIfAbsent(h.source(), k -> new SentimentEvaluation()).add(h.gold(), combined == null ? null : combined.label());
        }
        return new double[] {bySource.values().stream().mapToDouble(SentimentEvaluation::macroF1).average().orElse(0),
            (double) asked / items.size()};
    }

    /**
     * The per-class multipliers on the combined probabilities (negative, neutral fixed at 1, positive) that
     * maximise the mean over sources of macro-F1 on the out-of-fold texts: argmax of calibrated
     * probabilities maximises accuracy, not the mean F1 of unequal classes. Two numbers fitted on tens of
     * thousands of texts.
     */
    static double[] chooseBias(double[][] x, int[] y, String[] sources, LogisticRegression lr) {
        double[] best = {1, 1, 1};
        double bestF1 = -1;
        for (double neg : BIAS_GRID) {
            for (double pos : BIAS_GRID) {
                double[] bias = {neg, 1, pos};
                double f1 = meanMacroF1(x, y, sources, lr, bias);
                if (f1 > bestF1 + 1e-9) {
                    bestF1 = f1;
                    best = bias;
                }
            }
        }
        return best;
    }

    static double meanMacroF1(double[][] x, int[] y, String[] sources, LogisticRegression lr, double[] bias) {
        Map<String, SentimentEvaluation> bySource = new TreeMap<>();
        for (int i = 0; i < x.length; i++) {
            bySource.computeIfAbsent(sources[i], k -> new SentimentEvaluation())
                    .add(Polarity.values()[y[i]], SentimentCombiner.decide(lr.probabilities(x[i]), bias).argMax());
        }
        return bySource.values().stream().mapToDouble(SentimentEvaluation::macroF1).average().orElse(0);
    }
}
