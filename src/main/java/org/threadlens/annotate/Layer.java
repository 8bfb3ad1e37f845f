package org.threadlens.annotate;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A named layer of annotation. Asking for a layer brings in those it needs: every layer needs sentences and
 * tokens, lemmas and syntax need parts of speech, links need entities.
 */
public enum Layer {
    /** Sentence boundaries. */
    SENTENCES,
    /** Tokens with their word form. */
    TOKENS,
    /**
     * Each token's part of speech: asked for separately, as neither entities nor sentiment need it in the fast
     * profile (CoreNLP's tagger would otherwise be the larger part of an entities-only run).
     */
    POS,
    /** Each token's lemma (dictionary form): asked for separately, as few uses need it. */
    LEMMAS,
    /**
     * Universal Dependencies syntax: each token's UPOS and features and its arc in its sentence's dependency tree
     * (UD v2 relations), from CoreNLP's dependency parser; what CoNLL-U's UPOS, FEATS, HEAD and DEPREL hold.
     */
    SYNTAX,
    /** Named-entity mentions with type and offsets, resolved into the thread's entities. */
    ENTITIES,
    /**
     * Each entity's English Wikipedia article, where the link is no guess (needs entities; the dictionary is
     * built on first use, see docs/entities.md).
     */
    LINKS,
    /** Five-class sentence sentiment with its distribution, and the comment-level roll-up. */
    SENTIMENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a comma-separated list of layer names ({@code sentences,entities,sentiment}) and adds the layers
     * they need; throws {@link IllegalArgumentException} naming the known layers for an unknown name.
     */
    public static Set<Layer> parseList(String list) {
        EnumSet<Layer> layers = EnumSet.of(SENTENCES, TOKENS);
        for (String raw : list.split(",")) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            layers.add(fromWireName(name));
        }
        if (layers.contains(LEMMAS) || layers.contains(SYNTAX)) {
            layers.add(POS);
        }
        if (layers.contains(LINKS)) {
            layers.add(ENTITIES);
        }
        return Set.copyOf(layers);
    }

    public static Layer fromWireName(String name) {
        for (Layer layer : values()) {
            if (layer.wireName().equals(name)) {
                return layer;
            }
        }
        throw new IllegalArgumentException("unknown annotation layer '" + name + "': known layers are "
                + Arrays.stream(values()).map(Layer::wireName).collect(Collectors.joining(", ")));
    }

    /** The layers as a comma-separated list in declaration order, e.g. {@code sentences,tokens,entities}. */
    public static String toList(Set<Layer> layers) {
        return Arrays.stream(values()).filter(layers::contains).map(Layer::wireName).collect(Collectors.joining(","));
    }
}
