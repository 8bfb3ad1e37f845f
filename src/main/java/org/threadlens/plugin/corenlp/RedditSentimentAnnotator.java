package org.threadlens.plugin.corenlp;

import java.util.Properties;
import org.threadlens.sentiment.reddit.RedditSentimentModel;

/**
 * {@code threadlens_reddit}: ThreadLens's Reddit sentiment model (an OpenNLP document categorizer trained on
 * GoEmotions Reddit comments, {@code models/reddit-sentiment.bin}) per sentence and per document, as
 * {@link ThreadLensAnnotations.RedditSentimentAnnotation}. No properties.
 */
public class RedditSentimentAnnotator extends ScorerAnnotator {
    public static final String NAME = "threadlens_reddit";

    /** The constructor CoreNLP calls for {@code customAnnotatorClass.<name>}. */
    public RedditSentimentAnnotator(String name, Properties props) {
        super(RedditSentimentModel.standard().orElseThrow(() -> new IllegalStateException(name + ": the model "
                + RedditSentimentModel.RESOURCE + " is not on the classpath (it ships in ThreadLens's jar)")),
                ThreadLensAnnotations.RedditSentimentAnnotation.class);
    }
}
