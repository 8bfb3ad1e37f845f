package org.threadlens.trends.synth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;

/**
 * Writes one synthetic text (1 to 3 short sentences of a small English vocabulary, e.g. "I think Tesla looks
 * solid today.") together with its annotations: sentence spans, resolved entity mentions, and the planned
 * sentiment. Offsets are code points of the text. Stateless; thread-safe.
 */
final class SyntheticText {
    /** The most entities one text mentions; each in a sentence of its own. */
    static final int MAX_MENTIONS = 2;
    static final int MAX_SENTENCES = 3;
    /** The layers every synthetic text has (no tokens: the store stays light). */
    static final Set<Layer> LAYERS = Set.copyOf(EnumSet.of(Layer.SENTENCES, Layer.ENTITIES, Layer.LINKS, Layer.SENTIMENT));
    /** Half the width of the uniform noise of an entity sentence's score around its thread's mean. */
    static final double ENTITY_NOISE = 0.4;

    private static final String[] SUBJECTS = {"The launch", "This update", "The new plan", "That article", "The team",
        "My neighbour", "The weather", "This game", "The match", "Our project", "The market", "That video"};
    private static final String[] OPENERS = {"", "", "I think", "Honestly", "Apparently", "Frankly", "Well,"};
    private static final String[] VERBS = {"looks", "seems", "went", "feels", "turned out", "sounds"};
    private static final String[] ADJECTIVES = {"good", "great", "fine", "odd", "bad", "slow", "fast", "strange",
        "solid", "messy", "better", "worse"};
    private static final String[] TAILS = {"", "today", "this week", "again", "so far", "for now", "to me", "lately"};

    /** A text and its annotations. */
    record Made(String text, TextAnnotations annotations) {
    }

    private SyntheticText() {
    }

    /**
     * A comment (or post) body with comment score {@code score}.
     *
     * @param entityMean   the planned mean score of a sentence mentioning the entity (in the text's week)
     * @param entityOffset the thread's offset of every entity sentence's score
     */
    static Made comment(SplittableRandom r, double score, ToDoubleFunction<SyntheticEntity> entityMean,
                        double entityOffset) {
        List<SyntheticEntity> mentioned = mentions(r);
        int count = Math.max(1 + r.nextInt(MAX_SENTENCES), mentioned.size());
        SyntheticEntity[] bySentence = new SyntheticEntity[count];
        for (SyntheticEntity e : mentioned) {
            int i = r.nextInt(count);
            while (bySentence[i] != null) {
                i = (i + 1) % count;
            }
            bySentence[i] = e;
        }
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>(count);
        List<EntityMention> mentions = new ArrayList<>(mentioned.size());
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            int begin = text.codePointCount(0, text.length());
            SyntheticEntity e = bySentence[i];
            if (e == null) {
                text.append(pick(r, SUBJECTS));
                sentences.add(new Sentence(begin, finish(r, text), false, null));
                continue;
            }
            appendWord(text, pick(r, OPENERS));
            int at = text.codePointCount(0, text.length());
            text.append(e.name());
            mentions.add(new EntityMention(e.name(), e.type(), at, at + e.name().codePointCount(0, e.name().length()), i)
                    .resolved(e.name(), e.link(), List.of()));
            double s = entityMean.applyAsDouble(e) + entityOffset + uniform(r, ENTITY_NOISE);
            Sentence plain = new Sentence(begin, finish(r, text), false, null);
            sentences.add(plain.withScores(Map.of(KnownSentiment.SCORER, KnownSentiment.scorer(s))));
        }
        TextAnnotations a = new TextAnnotations(LAYERS, sentences, List.of(), mentions, List.of(),
                Map.of(KnownSentiment.SCORER, KnownSentiment.scorer(score)), KnownSentiment.comment(score));
        return new Made(text.toString(), a);
    }

    /** A title: one sentence without a full stop, no entity and no sentiment (the mood is the comments'). */
    static Made title(SplittableRandom r) {
        String text = pick(r, SUBJECTS) + " " + pick(r, VERBS) + " " + pick(r, ADJECTIVES);
        Sentence s = new Sentence(0, text.codePointCount(0, text.length()), false, null);
        return new Made(text, new TextAnnotations(LAYERS, List.of(s), List.of(), List.of(), List.of()));
    }

    /** A value uniform on [-halfWidth, halfWidth). */
    static double uniform(SplittableRandom r, double halfWidth) {
        return r.nextDouble(-halfWidth, halfWidth);
    }

    /** The entities a text mentions: each with its probability, the first {@value #MAX_MENTIONS} drawn kept. */
    private static List<SyntheticEntity> mentions(SplittableRandom r) {
        List<SyntheticEntity> out = new ArrayList<>(MAX_MENTIONS);
        for (SyntheticEntity e : SyntheticEntity.CATALOG) {
            if (r.nextDouble() < e.probability() && out.size() < MAX_MENTIONS) {
                out.add(e);
            }
        }
        return out;
    }

    /** Appends " verb adjective [tail]." to the sentence begun in {@code text}; returns its end in code points. */
    private static int finish(SplittableRandom r, StringBuilder text) {
        text.append(' ').append(pick(r, VERBS)).append(' ').append(pick(r, ADJECTIVES));
        String tail = pick(r, TAILS);
        if (!tail.isEmpty()) {
            text.append(' ').append(tail);
        }
        text.append('.');
        return text.codePointCount(0, text.length());
    }

    private static void appendWord(StringBuilder text, String word) {
        if (!word.isEmpty()) {
            text.append(word).append(' ');
        }
    }

    private static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
