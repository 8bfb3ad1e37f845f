package org.threadlens.sentiment.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.threadlens.sentiment.doccat.DoccatSentimentModel;
import org.threadlens.sentiment.doccat.SentimentFeatures;

/**
 * Trains the word model: an OpenNLP document categorizer, one sample per category of each text
 * ({@link TrainingData.Example#categories()}: every text teaches, GoEmotions' mixed comments included, and
 * the ambiguous category soaks up what is neither; it is left out when the model is used). Deterministic.
 */
final class DoccatTraining {
    static final double L2_COST = 3.0;
    /** Features seen fewer times are dropped: 2 keeps the model small (a few MB) at no measured loss. */
    static final int CUTOFF = 2;
    static final int ITERATIONS = 100;
    static final String DESCRIPTION = "OpenNLP doccat (one sample per category of a text), MAXENT_QN, L2Cost "
            + L2_COST + ", cutoff " + CUTOFF + ", " + ITERATIONS + " iterations, bag of words + bigrams over SentimentFeatures";

    private DoccatTraining() {
    }

    static DoccatSentimentModel train(List<TrainingData.Example> examples) throws IOException {
        SentimentFeatures features = SentimentFeatures.standard();
        List<DocumentSample> samples = new ArrayList<>(examples.size());
        for (TrainingData.Example e : examples) {
            String[] f = features.of(e.text());
            for (String category : new java.util.TreeSet<>(e.categories())) {
                samples.add(new DocumentSample(category, f));
            }
        }
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        p.put("L2Cost", L2_COST);
        p.put("L1Cost", 0.0);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
            new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)});
        DoccatModel m = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), p, factory);
        return new DoccatSentimentModel(m, features);
    }
}
