package org.threadlens.corenlp;

import java.util.Properties;

/**
 * The name {@code customAnnotatorClass} properties written for ThreadLens 0.1 use; it is
 * {@link org.threadlens.plugin.corenlp.CommentSentimentAnnotator} under its old name, and goes in 0.3.
 */
@Deprecated(since = "0.2.0", forRemoval = true)
public final class CommentSentimentAnnotator extends org.threadlens.plugin.corenlp.CommentSentimentAnnotator {
    public CommentSentimentAnnotator(String name, Properties props) {
        super(name, props);
    }
}
