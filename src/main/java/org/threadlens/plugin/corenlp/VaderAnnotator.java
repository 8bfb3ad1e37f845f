package org.threadlens.plugin.corenlp;

import java.util.Properties;
import org.threadlens.sentiment.vader.VaderCommentScorer;

/**
 * {@code threadlens_vader}: VADER 3.3.2 (Hutto &amp; Gilbert 2014), the lexicon and rule scorer built for social
 * media, per sentence and per document, as {@link ThreadLensAnnotations.VaderSentimentAnnotation}. Label from
 * the compound score, score = compound, distribution = VADER's negative, neutral and positive proportions.
 * No properties.
 */
public class VaderAnnotator extends ScorerAnnotator {
    public static final String NAME = "threadlens_vader";

    /** The constructor CoreNLP calls for {@code customAnnotatorClass.<name>}. */
    public VaderAnnotator(String name, Properties props) {
        super(VaderCommentScorer.standard(), ThreadLensAnnotations.VaderSentimentAnnotation.class);
    }
}
