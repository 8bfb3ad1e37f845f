package org.threadlens.annotate.opennlp;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.CommentAnnotatorProvider;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.vader.VaderSentenceScorer;

/**
 * Registers the light engine under the name {@value #NAME}: sentences, tokens with Universal POS tags, and
 * VADER sentence sentiment, from small OpenNLP models; no entities. It takes no settings.
 */
public final class OpenNlpProvider implements CommentAnnotatorProvider {
    public static final String NAME = "opennlp";
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
        return new OpenNlpAnnotator(layers, VaderSentenceScorer.standard());
    }
}
