package org.threadlens.annotate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * All annotation layers of one text (a comment body or a title), as spans in code points of that text.
 *
 * @param layers    the layers that were run: an empty list in a layer that was run means "none found"
 * @param scores    each comment-level scorer's sentiment of the author's own words, by scorer name (sorted)
 * @param sentiment nullable: the comment's sentiment, combined from {@code scores} by {@code analyze}; absent
 *                  before that, and when no scorer gave a sentiment
 * @param language  nullable: the ISO 639-3 code of the text's language where the language check found it is
 *                  not English ({@code deu}); absent for English text, for text too short to tell, and when no
 *                  check ran. A text skipped for its language has no layers.
 */
public record TextAnnotations(
        Set<Layer> layers,
        List<Sentence> sentences,
        List<Token> tokens,
        List<EntityMention> entities,
        List<Quote> quotes,
        Map<String, ScorerSentiment> scores,
        CommentSentiment sentiment,
        String language) {

    public TextAnnotations {
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        scores = Collections.unmodifiableMap(new TreeMap<>(scores));
        for (Token t : tokens) {
            requireSentence(t.sentence(), sentences.size(), "token");
        }
        DependencyTrees.require(tokens);
        for (EntityMention e : entities) {
            requireSentence(e.sentence(), sentences.size(), "entity '" + e.text() + "'");
        }
        scores.forEach((name, s) -> {
            if (!name.equals(s.scorer())) {
                throw new IllegalArgumentException("score filed as " + name + " comes from " + s.scorer());
            }
        });
    }

    /** Annotations of English (or unchecked) text. */
    public TextAnnotations(Set<Layer> layers, List<Sentence> sentences, List<Token> tokens, List<EntityMention> entities,
                           List<Quote> quotes, Map<String, ScorerSentiment> scores, CommentSentiment sentiment) {
        this(layers, sentences, tokens, entities, quotes, scores, sentiment, null);
    }

    /** Layers without scores or a comment sentiment (what an engine returns). */
    public TextAnnotations(Set<Layer> layers, List<Sentence> sentences, List<Token> tokens,
                           List<EntityMention> entities, List<Quote> quotes) {
        this(layers, sentences, tokens, entities, quotes, Map.of(), null);
    }

    /** Annotations of an empty or unannotated text: the given layers, nothing found. */
    public static TextAnnotations empty(Set<Layer> layers) {
        return new TextAnnotations(layers, List.of(), List.of(), List.of(), List.of());
    }

    /** A text left unannotated because it is written in {@code language}, not English. */
    public static TextAnnotations skippedForLanguage(String language) {
        return new TextAnnotations(Set.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), null,
                Objects.requireNonNull(language, "language"));
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    public TextAnnotations withSentences(List<Sentence> newSentences) {
        return new TextAnnotations(layers, newSentences, tokens, entities, quotes, scores, sentiment, language);
    }

    public TextAnnotations withEntities(List<EntityMention> newEntities) {
        return new TextAnnotations(layers, sentences, tokens, newEntities, quotes, scores, sentiment, language);
    }

    public TextAnnotations withQuotes(List<Quote> newQuotes) {
        return new TextAnnotations(layers, sentences, tokens, entities, newQuotes, scores, sentiment, language);
    }

    /** These annotations with one more scorer's sentiment (replacing one of the same name). */
    public TextAnnotations withScore(ScorerSentiment s) {
        Map<String, ScorerSentiment> more = new TreeMap<>(scores);
        more.put(s.scorer(), s);
        return new TextAnnotations(layers, sentences, tokens, entities, quotes, more, sentiment, language);
    }

    public TextAnnotations withSentiment(CommentSentiment combined) {
        return new TextAnnotations(layers, sentences, tokens, entities, quotes, scores, Objects.requireNonNull(combined),
                language);
    }

    /** These annotations flagged as written in {@code newLanguage} (null: English or unknown). */
    public TextAnnotations withLanguage(String newLanguage) {
        return new TextAnnotations(layers, sentences, tokens, entities, quotes, scores, sentiment, newLanguage);
    }

    private static void requireSentence(int index, int count, String what) {
        if (index >= count) {
            throw new IllegalArgumentException(what + " refers to sentence " + index + " of " + count);
        }
    }
}
