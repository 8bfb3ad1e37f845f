package org.threadlens.sentiment.doccat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.threadlens.annotate.CommentScorer;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;

/**
 * The word sentiment model, scorer {@value #NAME}: an OpenNLP document categorizer over
 * {@link SentimentFeatures}. Its categories are negative, neutral, positive and ambiguous (or GoEmotions'
 * emotions, grouped by {@link EmotionGroups}); P(negative), P(neutral), P(positive) are read from them, the
 * ambiguous share left out and the rest renormalised. Score = P(positive) −
 * P(negative); label = the most probable polarity. Thread-safe: the model is shared, each call uses a
 * categorizer of its own (OpenNLP's are not thread-safe and cost nothing to create).
 */
public final class DoccatSentimentModel implements CommentScorer {
    public static final String NAME = "opennlp";
    /** Where the model shipped with ThreadLens lives on the classpath (from {@code models/}). */
    public static final String RESOURCE = "/threadlens-models/opennlp-sentiment.bin";

    private final DoccatModel model;
    private final SentimentFeatures features;
    /** The polarity of each category, by index; null for ambiguous emotions. */
    private final Polarity[] groups;

    public DoccatSentimentModel(DoccatModel model, SentimentFeatures features) {
        this.model = model;
        this.features = features;
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        this.groups = new Polarity[categorizer.getNumberOfCategories()];
        boolean[] seen = new boolean[3];
        for (int k = 0; k < groups.length; k++) {
            String category = categorizer.getCategory(k);
            groups[k] = EmotionGroups.of(category).orElse(null);
            for (Polarity p : Polarity.values()) {
                if (p.wireName().equals(category)) {
                    groups[k] = p;
                }
            }
            if (groups[k] != null) {
                seen[groups[k].ordinal()] = true;
            }
        }
        if (!(seen[0] && seen[1] && seen[2])) {
            throw new IllegalArgumentException("the sentiment model's categories do not cover negative, neutral and positive");
        }
    }

    /** The model shipped with ThreadLens, if the build has it. */
    public static Optional<DoccatSentimentModel> standard() {
        return Holder.STANDARD;
    }

    public static DoccatSentimentModel read(InputStream in) throws IOException {
        return new DoccatSentimentModel(new DoccatModel(in), SentimentFeatures.standard());
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
        return "OpenNLP document categorizer trained on Reddit comments, tweets and review sentences (negative/neutral/positive)";
    }

    @Override
    public ScorerSentiment score(String plainText) {
        double[] out = new DocumentCategorizerME(model).categorize(features.of(plainText));
        double[] sum = new double[3];
        for (int k = 0; k < out.length; k++) {
            if (groups[k] != null) {
                sum[groups[k].ordinal()] += out[k];
            }
        }
        PolarityDistribution p = PolarityDistribution.ofWeights(sum[0], sum[1], sum[2]);
        return ScorerSentiment.of(NAME, p);
    }

    /** Loads the shipped model once, on first use. */
    private static final class Holder {
        static final Optional<DoccatSentimentModel> STANDARD = load();

        private static Optional<DoccatSentimentModel> load() {
            try (InputStream in = DoccatSentimentModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? Optional.empty() : Optional.of(read(in));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(RESOURCE + " is unreadable", e);
            }
        }
    }
}
