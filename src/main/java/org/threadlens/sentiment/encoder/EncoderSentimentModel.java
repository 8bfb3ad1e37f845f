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
 * Scorer {@value #NAME}: a small neural classifier ({@link SentimentHead}: 256 hidden units, softmax) over the
 * {@link SentenceEncoder} embedding of the comment, trained on Reddit comments, tweets and movie-review sentences by {@code threadlens train sentiment} and kept in
 * {@code models/bge-sentiment.json} (the hidden layer, then the output weights per class negative, neutral, positive).
 * Score = P(positive) − P(negative); label = the most probable polarity. Immutable and thread-safe.
 */
public final class EncoderSentimentModel implements CommentScorer {
    public static final String NAME = "bge";
    public static final String FORMAT = "threadlens-encoder-sentiment/1";
    /** Where the weights shipped with ThreadLens live on the classpath (from {@code models/}). */
    public static final String RESOURCE = "/threadlens-models/bge-sentiment.json";

    private final SentenceEncoder encoder;
    private final SentimentHead head;

    public EncoderSentimentModel(SentenceEncoder encoder, SentimentHead head) {
        this.encoder = encoder;
        this.head = head;
    }

    /**
     * The shipped weights over the standard encoder, if the build has both and ONNX Runtime loads on this
     * machine; if it does not (no native library for the platform, no room to unpack it), a one-line warning
     * goes to standard error, once, and comment sentiment combines the other scorers.
     */
    public static Optional<EncoderSentimentModel> standard() {
        return Holder.STANDARD;
    }

    /** Reads a head written by the trainer ({@value #FORMAT}). */
    public static SentimentHead readHead(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IOException("expected format " + FORMAT + ", found '" + root.path("format").asText() + "'");
        }
        try {
            return SentimentHead.parse(root);
        } catch (IllegalArgumentException e) {
            throw new IOException("the sentiment head does not fit the encoder: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a 256-unit classifier over bge-small-en-v1.5 sentence embeddings, trained on Reddit comments, tweets and review sentences";
    }

    @Override
    public ScorerSentiment score(String plainText) {
        double[] p = head.probabilities(encoder.embed(plainText));
        return ScorerSentiment.of(NAME, PolarityDistribution.ofWeights(p[0], p[1], p[2]));
    }

    private static final class Holder {
        static final Optional<EncoderSentimentModel> STANDARD = load();

        private static Optional<EncoderSentimentModel> load() {
            if (!SentenceEncoder.available()) {
                return Optional.empty();
            }
            SentimentHead head;
            try (InputStream in = EncoderSentimentModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    return Optional.empty();
                }
                head = readHead(in);
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE + " is unreadable", e);
            }
            try {
                return Optional.of(new EncoderSentimentModel(SentenceEncoder.standard(), head));
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
