package org.threadlens.plugin.corenlp;

import java.util.Properties;
import org.threadlens.sentiment.doccat.DoccatSentimentModel;

/**
 * {@code threadlens_reddit}: ThreadLens's word sentiment model (an OpenNLP document categorizer trained on
 * GoEmotions Reddit comments, {@code models/opennlp-sentiment.bin}) per sentence and per document, as
 * {@link ThreadLensAnnotations.RedditSentimentAnnotation}. No properties.
 */
public class RedditSentimentAnnotator extends ScorerAnnotator {
    public static final String NAME = "threadlens_reddit";

    /** The constructor CoreNLP calls for {@code customAnnotatorClass.<name>}. */
    public RedditSentimentAnnotator(String name, Properties props) {
        super(DoccatSentimentModel.standard().orElseThrow(() -> new IllegalStateException(name + ": the model "
                + DoccatSentimentModel.RESOURCE + " is not on the classpath (it ships in ThreadLens's jar)")),
                ThreadLensAnnotations.RedditSentimentAnnotation.class);
    }
}
