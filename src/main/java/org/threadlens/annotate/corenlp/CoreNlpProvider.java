package org.threadlens.annotate.corenlp;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.CommentAnnotatorProvider;
import org.threadlens.annotate.Layer;

/** Registers the CoreNLP engine under the name {@code corenlp}. */
public final class CoreNlpProvider implements CommentAnnotatorProvider {
    public static final String NAME = "corenlp";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Stanford CoreNLP: sentences, tokens, named entities, five-class sentence sentiment";
    }

    @Override
    public Set<Layer> supportedLayers() {
        return EnumSet.allOf(Layer.class);
    }

    @Override
    public CommentAnnotator open(Set<Layer> layers, Map<String, String> settings) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("no annotation layer asked for");
        }
        return new CoreNlpAnnotator(layers, CoreNlpProperties.forLayers(layers, settings));
    }
}
