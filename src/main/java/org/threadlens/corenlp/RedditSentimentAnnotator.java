package org.threadlens.corenlp;

import java.util.Properties;

/**
 * The name {@code customAnnotatorClass} properties written for ThreadLens 0.1 use; it is
 * {@link org.threadlens.plugin.corenlp.RedditSentimentAnnotator} under its old name, and goes in 0.3.
 */
@Deprecated(since = "0.2.0", forRemoval = true)
public final class RedditSentimentAnnotator extends org.threadlens.plugin.corenlp.RedditSentimentAnnotator {
    public RedditSentimentAnnotator(String name, Properties props) {
        super(name, props);
    }
}
