package org.threadlens.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.threadlens.text.Markup;
import org.threadlens.text.MarkupKind;
import org.threadlens.text.PreparedText;
import org.threadlens.text.Span;

/**
 * Applies what the text stage recognised to an engine's annotations — policy, kept out of the engines:
 * <ul>
 *   <li>each block quote becomes a {@link Quote} (its source comment is found later, by {@link QuoteSources});</li>
 *   <li>a sentence or entity mostly inside a quote is marked {@code quoted}: it stays visible but does not
 *       count for the author's sentiment or the author's mentions;</li>
 *   <li>a sentence with no word outside code and URLs is not scored for sentiment;</li>
 *   <li>{@code u/name} and {@code r/name} become {@code USER} and {@code COMMUNITY} entities, replacing
 *       whatever the engine made of them.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class MarkupLayers {
    public static final String USER = "USER";
    public static final String COMMUNITY = "COMMUNITY";

    private MarkupLayers() {
    }

    public static TextAnnotations apply(TextAnnotations a, PreparedText text) {
        List<Span> quotes = spans(text, MarkupKind.QUOTE);
        List<Span> unscored = new ArrayList<>(spans(text, MarkupKind.CODE));
        unscored.addAll(spans(text, MarkupKind.URL));
        List<Sentence> sentences = new ArrayList<>(a.sentences().size());
        for (int i = 0; i < a.sentences().size(); i++) {
            Sentence s = a.sentences().get(i);
            boolean quoted = mostlyInside(s.begin(), s.end(), quotes);
            boolean scorable = hasWords(a.tokens(), i, unscored);
            sentences.add(new Sentence(s.begin(), s.end(), quoted, scorable ? s.sentiment() : null, s.scores()));
        }
        List<EntityMention> entities = entities(a, text, sentences, quotes);
        List<Quote> quoteLayer = quotes.stream().map(q -> new Quote(q.begin(), q.end(), null)).toList();
        return new TextAnnotations(a.layers(), sentences, a.tokens(), entities, quoteLayer, a.scores(), a.sentiment(),
                a.language());
    }

    private static List<EntityMention> entities(TextAnnotations a, PreparedText text, List<Sentence> sentences,
                                                List<Span> quotes) {
        List<Markup> mentions = new ArrayList<>(text.markup(MarkupKind.USER));
        mentions.addAll(text.markup(MarkupKind.COMMUNITY));
        List<Span> mentionSpans = mentions.stream().map(Markup::source).toList();
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention e : a.entities()) {
            Span span = new Span(e.begin(), e.end());
            if (mentionSpans.stream().anyMatch(span::overlaps)) {
                continue;
            }
            out.add(mostlyInside(e.begin(), e.end(), quotes) ? e.asQuoted() : e);
        }
        if (a.has(Layer.ENTITIES)) {
            for (Markup m : mentions) {
                int sentence = sentenceAt(sentences, m.begin());
                if (sentence >= 0) {
                    String type = m.kind() == MarkupKind.USER ? USER : COMMUNITY;
                    out.add(new EntityMention(text.sourceSlice(m.source()), type, m.begin(), m.end(), sentence,
                            mostlyInside(m.begin(), m.end(), quotes), m.target()));
                }
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::begin));
        return out;
    }

    /** Whether sentence {@code index} has a token with a letter or digit outside code and URLs. */
    private static boolean hasWords(List<Token> tokens, int index, List<Span> unscored) {
        for (Token t : tokens) {
            if (t.sentence() != index || mostlyInside(t.begin(), t.end(), unscored)) {
                continue;
            }
            if (t.word().codePoints().anyMatch(Character::isLetterOrDigit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether at least half of {@code [begin, end)} lies inside the spans (an empty span: whether its point does). */
    public static boolean mostlyInside(int begin, int end, List<Span> spans) {
        if (end == begin) {
            return spans.stream().anyMatch(s -> s.begin() <= begin && begin < s.end());
        }
        int inside = 0;
        for (Span s : spans) {
            inside += Math.max(0, Math.min(end, s.end()) - Math.max(begin, s.begin()));
        }
        return 2 * inside >= end - begin;
    }

    private static int sentenceAt(List<Sentence> sentences, int cp) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).begin() <= cp && cp < sentences.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static List<Span> spans(PreparedText text, MarkupKind kind) {
        return text.markup(kind).stream().map(Markup::source).toList();
    }
}
