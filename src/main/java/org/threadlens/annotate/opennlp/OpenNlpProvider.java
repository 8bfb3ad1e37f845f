package org.threadlens.annotate.opennlp;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.CommentAnnotatorProvider;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.SentenceScorer;
import org.threadlens.spi.Extensions;
import org.threadlens.spi.UnknownExtensionException;

/**
 * Registers the light engine under the name {@value #NAME}: sentences, tokens with Universal POS tags, and
 * VADER sentence sentiment, from small OpenNLP models; no entities. It takes no settings.
 */
public final class OpenNlpProvider implements CommentAnnotatorProvider {
    public static final String NAME = "opennlp";
    /** The sentence scorer this engine uses for the sentiment layer. */
    public static final String SENTENCE_SCORER = "vader";
    private static final Set<Layer> SUPPORTED = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.SENTIMENT);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Apache OpenNLP (light): sentences, tokens, Universal POS tags, VADER sentence sentiment; no entities";
    }

    @Override
    public Set<Layer> supportedLayers() {
        return SUPPORTED;
    }

    @Override
    public CommentAnnotator open(Set<Layer> layers, Map<String, String> settings) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("no annotation layer asked for");
        }
        for (Layer l : layers) {
            if (!SUPPORTED.contains(l)) {
                throw new IllegalArgumentException("the " + NAME + " engine cannot produce " + l.wireName()
                        + ": it produces " + Layer.toList(SUPPORTED) + " (use --engine corenlp for " + l.wireName() + ")");
            }
        }
        if (!settings.isEmpty()) {
            throw new IllegalArgumentException("the " + NAME + " engine takes no settings, got " + settings.keySet());
        }
        return new OpenNlpAnnotator(layers, sentenceScorer());
    }

    /**
     * The sentence scorer named {@value #SENTENCE_SCORER}, found with {@link java.util.ServiceLoader} so that
     * the engine does not depend on the sentiment package that implements it (sentiment sits above annotate).
     */
    private static SentenceScorer sentenceScorer() {
        try {
            return Extensions.byName(SentenceScorer.class, SENTENCE_SCORER, "sentence scorer");
        } catch (UnknownExtensionException e) {
            throw new IllegalStateException("the " + NAME + " engine needs the VADER sentence scorer: " + e.getMessage(), e);
        }
    }
}
