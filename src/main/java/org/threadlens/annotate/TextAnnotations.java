package org.threadlens.annotate;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * All annotation layers of one text (a comment body or a title), as spans in code points of that text.
 *
 * @param layers    the layers that were run: an empty list in a layer that was run means "none found"
 * @param sentiment nullable: the comment-level roll-up, absent until {@code analyze} adds it or when the
 *                  sentiment layer was not run
 */
public record TextAnnotations(
        Set<Layer> layers,
        List<Sentence> sentences,
        List<Token> tokens,
        List<EntityMention> entities,
        List<Quote> quotes,
        CommentSentiment sentiment) {

    public TextAnnotations {
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        for (Token t : tokens) {
            requireSentence(t.sentence(), sentences.size(), "token");
        }
        for (EntityMention e : entities) {
            requireSentence(e.sentence(), sentences.size(), "entity '" + e.text() + "'");
        }
    }

    /** Annotations of an empty or unannotated text: the given layers, nothing found. */
    public static TextAnnotations empty(Set<Layer> layers) {
        return new TextAnnotations(layers, List.of(), List.of(), List.of(), List.of(), null);
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    public TextAnnotations withSentiment(CommentSentiment rollup) {
        return new TextAnnotations(layers, sentences, tokens, entities, quotes, Objects.requireNonNull(rollup));
    }

    private static void requireSentence(int index, int count, String what) {
        if (index >= count) {
            throw new IllegalArgumentException(what + " refers to sentence " + index + " of " + count);
        }
    }
}
