package org.threadlens.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.text.Markup;
import org.threadlens.text.MarkupKind;
import org.threadlens.text.PreparedText;
import org.threadlens.text.Span;

/**
 * The sentiment ThreadLens adds around the engine's: the fallback scorer's for sentences the engine left
 * unscored (too long to parse, timed out), the comment scorers' on the author's own words (quotes left out),
 * and their scores of each unquoted sentence that names an entity. Immutable and thread-safe (scorers are
 * thread-safe by contract: {@link CommentScorer}, {@link SentenceScorer}).
 */
final class CommentScoring {
    private final SentenceScorer fallback;
    private final List<CommentScorer> scorers;

    /** @param fallback nullable: no fallback scorer */
    CommentScoring(SentenceScorer fallback, List<CommentScorer> scorers) {
        this.fallback = fallback;
        this.scorers = List.copyOf(scorers);
    }

    /**
     * Scores, with the fallback scorer, sentences that have words but no sentiment from the engine (runs
     * before {@link MarkupLayers}, which then clears sentences made only of code and URLs).
     */
    TextAnnotations withFallbackSentiment(TextAnnotations a, PreparedText text) {
        if (fallback == null || !a.has(Layer.SENTIMENT)) {
            return a;
        }
        List<Sentence> sentences = new ArrayList<>(a.sentences());
        boolean[] words = sentencesWithWords(a);
        boolean changed = false;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.sentiment() == null && words[i]) {
                sentences.set(i, new Sentence(s.begin(), s.end(), s.quoted(), fallback.score(plainOf(s, text))));
                changed = true;
            }
        }
        return changed ? a.withSentences(sentences) : a;
    }

    /**
     * Runs the comment scorers on the author's own words (the plain text without its quotes), in order, a
     * {@link SecondOpinion} only where it is wanted given the scores before it; and the scorers other than
     * second opinions on each unquoted sentence that mentions a named entity, for entity sentiment.
     */
    TextAnnotations withScores(TextAnnotations a, PreparedText text) {
        if (scorers.isEmpty()) {
            return a;
        }
        String own = ownWords(text);
        if (own.isBlank()) {
            return a;
        }
        for (CommentScorer scorer : scorers) {
            if (!(scorer instanceof SecondOpinion second) || second.wanted(a.scores())) {
                a = a.withScore(scorer.score(own));
            }
        }
        return a.withSentences(withEntitySentenceScores(a, text));
    }

    private List<Sentence> withEntitySentenceScores(TextAnnotations a, PreparedText text) {
        boolean[] mentions = new boolean[a.sentences().size()];
        for (EntityMention e : a.entities()) {
            if (!e.quoted() && !EntityTypes.isNumeric(e.type())) {
                mentions[e.sentence()] = true;
            }
        }
        List<Sentence> out = new ArrayList<>(a.sentences());
        for (int i = 0; i < out.size(); i++) {
            Sentence s = out.get(i);
            if (!mentions[i] || s.quoted()) {
                continue;
            }
            String sentence = plainOf(s, text);
            Map<String, ScorerSentiment> scores = new HashMap<>();
            for (CommentScorer scorer : scorers) {
                if (!(scorer instanceof SecondOpinion)) {
                    scores.put(scorer.name(), scorer.score(sentence));
                }
            }
            out.set(i, s.withScores(scores));
        }
        return out;
    }

    /** The plain stretches whose sentiment does not count: quotes, code, URLs. */
    static List<Span> unscored(PreparedText text) {
        List<Span> out = new ArrayList<>();
        for (Markup m : text.markup()) {
            if (m.kind() == MarkupKind.QUOTE || m.kind() == MarkupKind.CODE || m.kind() == MarkupKind.URL) {
                out.add(m.plain());
            }
        }
        return out;
    }

    /** The plain text with quoted stretches left out. */
    static String ownWords(PreparedText text) {
        StringBuilder own = new StringBuilder(text.plain().length());
        int at = 0;
        for (Markup q : text.markup(MarkupKind.QUOTE)) {
            if (q.plainBegin() >= at) {
                own.append(text.plain(), at, q.plainBegin());
                at = q.plainEnd();
            }
        }
        own.append(text.plain(), Math.min(at, text.plain().length()), text.plain().length());
        return own.toString().strip();
    }

    /** A sentence's plain text (its span in the source mapped into the prepared plain text). */
    private static String plainOf(Sentence s, PreparedText text) {
        Span plain = text.toPlain(new Span(s.begin(), s.end()));
        return text.plain().substring(plain.begin(), plain.end());
    }

    /**
     * Which sentences have a token with a letter ({@link MarkupLayers} later clears code- and URL-only ones), in
     * one pass over the tokens: with the fast profile every sentence is asked about.
     */
    private static boolean[] sentencesWithWords(TextAnnotations a) {
        boolean[] words = new boolean[a.sentences().size()];
        for (Token t : a.tokens()) {
            if (!words[t.sentence()] && t.word().codePoints().anyMatch(Character::isLetter)) {
                words[t.sentence()] = true;
            }
        }
        return words;
    }
}
