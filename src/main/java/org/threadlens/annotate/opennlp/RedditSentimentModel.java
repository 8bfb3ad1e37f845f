package org.threadlens.annotate.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.threadlens.annotate.CommentScorer;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;

/**
 * The Reddit sentiment model, scorer {@value #NAME}: an OpenNLP document categorizer over
 * {@link SentimentFeatures} with the categories negative, neutral and positive. Score = P(positive) −
 * P(negative); label = the most probable category. Thread-safe: the model is shared, each call uses a
 * categorizer of its own (OpenNLP's are not thread-safe and cost nothing to create).
 */
public final class RedditSentimentModel implements CommentScorer {
    public static final String NAME = "opennlp";
    /** Where the model shipped with ThreadLens lives on the classpath (from {@code models/}). */
    public static final String RESOURCE = "/threadlens-models/reddit-sentiment.bin";

    private final DoccatModel model;
    private final SentimentFeatures features;

    public RedditSentimentModel(DoccatModel model, SentimentFeatures features) {
        this.model = model;
        this.features = features;
        for (Polarity p : Polarity.values()) {
            if (new DocumentCategorizerME(model).getIndex(p.wireName()) < 0) {
                throw new IllegalArgumentException("the sentiment model lacks the category " + p.wireName());
            }
        }
    }

    /** The model shipped with ThreadLens, if the build has it. */
    public static Optional<RedditSentimentModel> standard() {
        return Holder.STANDARD;
    }

    public static RedditSentimentModel read(InputStream in) throws IOException {
        return new RedditSentimentModel(new DoccatModel(in), SentimentFeatures.standard());
    }

    public DoccatModel model() {
        return model;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "OpenNLP document categorizer trained on GoEmotions Reddit comments (negative/neutral/positive)";
    }

    @Override
    public ScorerSentiment score(String plainText) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] out = categorizer.categorize(features.of(plainText));
        PolarityDistribution p = PolarityDistribution.ofWeights(out[categorizer.getIndex("negative")],
                out[categorizer.getIndex("neutral")], out[categorizer.getIndex("positive")]);
        return new ScorerSentiment(NAME, p.argMax().label(), p.score(), List.of(p.negative(), p.neutral(), p.positive()), p);
    }

    /** Loads the shipped model once, on first use. */
    private static final class Holder {
        static final Optional<RedditSentimentModel> STANDARD = load();

        private static Optional<RedditSentimentModel> load() {
            try (InputStream in = RedditSentimentModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? Optional.empty() : Optional.of(read(in));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(RESOURCE + " is unreadable", e);
            }
        }
    }
}
