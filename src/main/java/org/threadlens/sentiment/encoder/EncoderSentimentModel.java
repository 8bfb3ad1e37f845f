package org.threadlens.sentiment.encoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.threadlens.annotate.CommentScorer;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;

/**
 * Scorer {@value #NAME}: a multinomial logistic regression over the {@link SentenceEncoder} embedding of the
 * comment, trained on Reddit comments, tweets and movie-review sentences by {@code threadlens train sentiment} and kept in
 * {@code models/bge-sentiment.json} (weights per class negative, neutral, positive: 384 then a bias).
 * Score = P(positive) − P(negative); label = the most probable polarity. Immutable and thread-safe.
 */
public final class EncoderSentimentModel implements CommentScorer {
    public static final String NAME = "bge";
    public static final String FORMAT = "threadlens-encoder-sentiment/1";
    /** Where the weights shipped with ThreadLens live on the classpath (from {@code models/}). */
    public static final String RESOURCE = "/threadlens-models/bge-sentiment.json";

    private final SentenceEncoder encoder;
    private final double[][] weights;

    /** @param weights three rows (negative, neutral, positive) of {@value SentenceEncoder#DIMENSIONS} + 1 numbers */
    public EncoderSentimentModel(SentenceEncoder encoder, double[][] weights) {
        this.encoder = encoder;
        if (weights.length != 3) {
            throw new IllegalArgumentException("expected 3 rows of weights, got " + weights.length);
        }
        this.weights = new double[3][];
        for (int c = 0; c < 3; c++) {
            if (weights[c].length != SentenceEncoder.DIMENSIONS + 1) {
                throw new IllegalArgumentException("row " + c + " has " + weights[c].length + " weights, expected "
                        + (SentenceEncoder.DIMENSIONS + 1));
            }
            this.weights[c] = weights[c].clone();
        }
    }

    /**
     * The shipped weights over the standard encoder, if the build has both and ONNX Runtime loads on this
     * machine; if it does not (no native library for the platform, no room to unpack it), a one-line warning
     * goes to standard error, once, and comment sentiment combines the other scorers.
     */
    public static Optional<EncoderSentimentModel> standard() {
        return Holder.STANDARD;
    }

    /** Reads weights written by the trainer ({@value #FORMAT}). */
    public static double[][] readWeights(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IOException("expected format " + FORMAT + ", found '" + root.path("format").asText() + "'");
        }
        JsonNode rows = root.path("weights");
        double[][] w = new double[rows.size()][];
        for (int c = 0; c < w.length; c++) {
            w[c] = new double[rows.get(c).size()];
            for (int f = 0; f < w[c].length; f++) {
                w[c][f] = rows.get(c).get(f).asDouble();
            }
        }
        return w;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "logistic regression over bge-small-en-v1.5 sentence embeddings, trained on Reddit comments, tweets and review sentences";
    }

    @Override
    public ScorerSentiment score(String plainText) {
        double[] p = softmax(weights, encoder.embed(plainText));
        return ScorerSentiment.of(NAME, PolarityDistribution.ofWeights(p[0], p[1], p[2]));
    }

    /**
     * P(negative), P(neutral), P(positive): the softmax of the three classes' linear scores of an embedding
     * (the trainer fits {@code weights} with the same function).
     */
    public static double[] softmax(double[][] weights, float[] embedding) {
        double[] x = new double[SentenceEncoder.DIMENSIONS];
        for (int f = 0; f < x.length; f++) {
            x[f] = embedding[f];
        }
        return LinearSoftmax.probabilities(weights, x);
    }

    private static final class Holder {
        static final Optional<EncoderSentimentModel> STANDARD = load();

        private static Optional<EncoderSentimentModel> load() {
            if (!SentenceEncoder.available()) {
                return Optional.empty();
            }
            double[][] weights;
            try (InputStream in = EncoderSentimentModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return Optional.empty();
                }
                weights = readWeights(in);
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE + " is unreadable", e);
            }
            try {
                return Optional.of(new EncoderSentimentModel(SentenceEncoder.standard(), weights));
            } catch (LinkageError | RuntimeException e) {
                System.err.println("threadlens: warning: the bge scorer is left out, ONNX Runtime does not load here ("
                        + rootMessage(e) + "); comment sentiment combines the other scorers");
                return Optional.empty();
            }
        }

        private static String rootMessage(Throwable e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            return t.getClass().getSimpleName() + ": " + t.getMessage();
        }
    }
}
