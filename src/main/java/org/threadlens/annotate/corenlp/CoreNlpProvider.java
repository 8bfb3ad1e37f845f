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
    /** The setting that turns the caseless models off ({@code false}); every other setting is a CoreNLP property. */
    public static final String CASELESS_SETTING = "threadlens.caseless";
    /** The setting naming the {@link Profile}: {@code fast} (the default), {@code balanced} or {@code accurate}. */
    public static final String PROFILE_SETTING = "threadlens.profile";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Stanford CoreNLP: sentences, tokens, named entities, five-class sentence sentiment, UD syntax";
    }

    @Override
    public Set<Layer> supportedLayers() {
        return EnumSet.allOf(Layer.class);
    }

    /**
     * Parts of speech, lemmas and syntax only when asked for: no other layer needs them in the fast profile (the
     * dependency parser would cost more than the rest of it: see docs/performance.md). Links are
     * on: they cost under 1% of the default profile's time once the dictionary is built (docs/entities.md).
     */
    @Override
    public Set<Layer> defaultLayers() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES, Layer.LINKS, Layer.SENTIMENT);
    }

    @Override
    public CommentAnnotator open(Set<Layer> layers, Map<String, String> settings) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("no annotation layer asked for");
        }
        java.util.Map<String, String> coreNlp = new java.util.HashMap<>(settings);
        boolean caseless = !"false".equals(coreNlp.remove(CASELESS_SETTING));
        String profileName = coreNlp.remove(PROFILE_SETTING);
        Profile profile = profileName == null ? Profile.FAST : Profile.fromWireName(profileName);
        return new CoreNlpAnnotator(layers, profile, CoreNlpProperties.forLayers(layers, profile, coreNlp), caseless);
    }
}
