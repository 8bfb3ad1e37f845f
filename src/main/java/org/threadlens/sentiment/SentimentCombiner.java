package org.threadlens.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.SecondOpinion;

/**
 * Combines the comment-level scorers into the comment's sentiment.
 *
 * <p>Rule: the first fitted {@link Combination} whose scorers are all present is applied — a multinomial
 * logistic regression over, for each of its scorers, P(negative), P(positive) and the scorer's score
 * (method {@value #COMBINED}). The combinations are fitted by {@code threadlens train sentiment} on
 * held-out texts of several sources (Reddit comments, tweets, review sentences), each weighing alike, and
 * shipped in {@value #RESOURCE}. Where none applies, the mean of the available scorers' three-way
 * distributions is used (method {@value #MEAN}); with no scorer there is no
 * comment sentiment. Immutable and thread-safe.
 */
public final class SentimentCombiner {
    public static final String RESOURCE = "/threadlens-models/sentiment-combiner.json";
    public static final String FORMAT = "threadlens-sentiment-combiner/1";
    public static final String COMBINED = "combined";
    public static final String MEAN = "mean";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SentimentCombiner STANDARD = load();

    /**
     * One fitted combination: the scorers it reads, in order, its regression over their features, and the
     * multipliers (negative, neutral, positive) applied to the regression's probabilities before they are
     * renormalised: chosen for macro-F1, where plain probabilities favour the frequent classes.
     */
    public record Combination(List<String> scorers, LogisticRegression regression, double[] bias) {
        public Combination {
            scorers = List.copyOf(scorers);
            bias = bias.clone();
            if (bias.length != 3 || java.util.Arrays.stream(bias).anyMatch(b -> !(b > 0))) {
                throw new IllegalArgumentException("a combination needs three positive multipliers");
            }
            if (regression.features() != 3 * scorers.size()) {
                throw new IllegalArgumentException("a combination of " + scorers + " needs " + 3 * scorers.size()
                        + " features, its regression has " + regression.features());
            }
        }
    }

    private final List<Combination> combinations;
    /** When to ask each costly scorer, by its name. */
    private final Map<String, SecondOpinion.Rule> secondOpinions;

    public SentimentCombiner(List<Combination> combinations) {
        this(combinations, Map.of());
    }

    public SentimentCombiner(List<Combination> combinations, Map<String, SecondOpinion.Rule> secondOpinions) {
        this.combinations = List.copyOf(combinations);
        this.secondOpinions = Map.copyOf(secondOpinions);
    }

    /** When to ask {@code scorer}, if it is a second opinion. */
    public java.util.Optional<SecondOpinion.Rule> secondOpinion(String scorer) {
        return java.util.Optional.ofNullable(secondOpinions.get(scorer));
    }

    /** The combinations shipped with ThreadLens (none if the resource is absent: then means are used). */
    public static SentimentCombiner standard() {
        return STANDARD;
    }

    public List<Combination> combinations() {
        return combinations;
    }

    /** The comment's sentiment from its scorers, or null if there is none. */
    public CommentSentiment combine(Map<String, ScorerSentiment> scores) {
        for (Combination c : combinations) {
            if (scores.keySet().containsAll(c.scorers())) {
                return CommentSentiment.of(decide(c.regression().probabilities(features(c.scorers(), scores)), c.bias()), COMBINED);
            }
        }
        if (scores.isEmpty()) {
            return null;
        }
        double[] sum = new double[3];
        for (ScorerSentiment s : scores.values()) {
            for (Polarity p : Polarity.values()) {
                sum[p.ordinal()] += s.polarity().get(p);
            }
        }
        return CommentSentiment.of(PolarityDistribution.ofWeights(sum[0], sum[1], sum[2]), scores.size() == 1
                ? scores.keySet().iterator().next() : MEAN);
    }

    /** Probabilities with the multipliers applied, renormalised: the distribution whose argmax is the label. */
    public static PolarityDistribution decide(double[] p, double[] bias) {
        return PolarityDistribution.ofWeights(p[0] * bias[0], p[1] * bias[1], p[2] * bias[2]);
    }

    /** The features a combination reads: per scorer P(negative), P(positive), score. */
    public static double[] features(List<String> scorers, Map<String, ScorerSentiment> scores) {
        double[] x = new double[3 * scorers.size()];
        for (int i = 0; i < scorers.size(); i++) {
            ScorerSentiment s = Objects.requireNonNull(scores.get(scorers.get(i)), scorers.get(i));
            x[3 * i] = s.polarity().negative();
            x[3 * i + 1] = s.polarity().positive();
            x[3 * i + 2] = s.score();
        }
        return x;
    }

    /** Parses the JSON form written by {@code threadlens train sentiment}. */
    public static SentimentCombiner parse(JsonNode root) {
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("expected format " + FORMAT + ", found '" + root.path("format").asText() + "'");
        }
        List<Combination> out = new ArrayList<>();
        for (JsonNode c : root.path("combinations")) {
            List<String> scorers = new ArrayList<>();
            c.path("scorers").forEach(n -> scorers.add(n.asText()));
            JsonNode w = c.path("weights");
            double[][] weights = new double[w.size()][];
            for (int k = 0; k < w.size(); k++) {
                weights[k] = new double[w.get(k).size()];
                for (int f = 0; f < weights[k].length; f++) {
                    weights[k][f] = w.get(k).get(f).asDouble();
                }
            }
            double[] bias = {1, 1, 1};
            for (int k = 0; k < 3 && c.has("bias"); k++) {
                bias[k] = c.path("bias").get(k).asDouble();
            }
            out.add(new Combination(scorers, new LogisticRegression(weights), bias));
        }
        Map<String, SecondOpinion.Rule> rules = new java.util.HashMap<>();
        for (JsonNode r : root.path("secondOpinions")) {
            rules.put(r.path("scorer").asText(), new SecondOpinion.Rule(r.path("gate").asText(), r.path("below").asDouble()));
        }
        return new SentimentCombiner(out, rules);
    }

    private static SentimentCombiner load() {
        try (InputStream in = SentimentCombiner.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new SentimentCombiner(List.of()) : parse(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is unreadable", e);
        }
    }
}
