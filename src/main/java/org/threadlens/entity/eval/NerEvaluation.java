package org.threadlens.entity.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.PrfCounts;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.text.CodePoints;

/**
 * Entity quality on BIO-labelled sentences, three ways, each micro-averaged precision, recall and F1:
 * <ul>
 *   <li><b>typed</b>, per compared type ({@link EntityTypes}) and {@code ALL}: a predicted entity counts when its
 *       span (code points) and type equal a gold entity's;</li>
 *   <li><b>span</b>: the span alone, any type (every compared type of both sides): did it find the names;</li>
 *   <li><b>PER/LOC/ORG</b>: typed, over persons, locations and organisations only (the types CoreNLP's models
 *       and WNUT-17 define alike; WNUT's product and creative-work have no CoreNLP counterpart).</li>
 * </ul>
 * The caller annotates the sentences (one text each, as {@code annotate} annotates a comment) and hands the
 * annotations here.
 */
public final class NerEvaluation {
    private NerEvaluation() {
    }

    /** The types of the PER/LOC/ORG score. */
    static final Set<String> PER_LOC_ORG = Set.of("PERSON", "LOCATION", "ORGANIZATION");

    /** Scores by compared type and {@code ALL}; the untyped span score; the PER/LOC/ORG typed score. */
    public record Result(Map<String, PrfCounts> byType, PrfCounts span, PrfCounts perLocOrg, int sentences) {
        public PrfCounts overall() {
            return byType.get("ALL");
        }
    }

    /** An entity span in code points of a sentence's text, with its compared type. */
    record Span(int begin, int end, String type) {
    }

    /** Scores annotations against the sentences they annotate ({@code annotated.get(i)} for sentence i). */
    public static Result score(List<ConllSentences.Sentence> sentences, List<TextAnnotations> annotated) {
        if (sentences.size() != annotated.size()) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + annotated.size() + " annotated texts");
        }
        Map<String, PrfCounts> byType = new TreeMap<>();
        byType.put("ALL", PrfCounts.zero());
        PrfCounts span = PrfCounts.zero();
        PrfCounts plo = PrfCounts.zero();
        for (int i = 0; i < sentences.size(); i++) {
            Set<Span> gold = gold(sentences.get(i));
            Set<Span> predicted = predicted(annotated.get(i));
            for (Span p : predicted) {
                add(byType, p.type(), gold.contains(p) ? new PrfCounts(1, 0, 0) : new PrfCounts(0, 1, 0));
            }
            for (Span g : gold) {
                if (!predicted.contains(g)) {
                    add(byType, g.type(), new PrfCounts(0, 0, 1));
                }
            }
            span = span.plus(compare(untyped(predicted), untyped(gold)));
            plo = plo.plus(compare(perLocOrg(predicted), perLocOrg(gold)));
        }
        return new Result(byType, span, plo, sentences.size());
    }

    private static PrfCounts compare(Set<Span> predicted, Set<Span> gold) {
        int tp = (int) predicted.stream().filter(gold::contains).count();
        return new PrfCounts(tp, predicted.size() - tp, gold.size() - tp);
    }

    private static Set<Span> untyped(Set<Span> spans) {
        Set<Span> out = new HashSet<>();
        spans.forEach(s -> out.add(new Span(s.begin(), s.end(), "")));
        return out;
    }

    private static Set<Span> perLocOrg(Set<Span> spans) {
        Set<Span> out = new HashSet<>(spans);
        out.removeIf(s -> !PER_LOC_ORG.contains(s.type()));
        return out;
    }

    private static void add(Map<String, PrfCounts> byType, String type, PrfCounts c) {
        byType.merge(type, c, PrfCounts::plus);
        byType.merge("ALL", c, PrfCounts::plus);
    }

    static Set<Span> gold(ConllSentences.Sentence s) {
        Set<Span> out = new HashSet<>();
        String text = s.text();
        int start = -1;
        String type = null;
        for (int i = 0; i <= s.tokens().size(); i++) {
            String tag = i < s.tokens().size() ? s.tags().get(i) : "O";
            boolean continues = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
            if (start >= 0 && !continues) {
                add(out, text, s.offsets(start)[0], s.offsets(i - 1)[1], type);
                start = -1;
                type = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
                start = i;
                type = tag.substring(2);
            }
        }
        return out;
    }

    private static void add(Set<Span> out, String text, int charBegin, int charEnd, String wnutType) {
        String type = EntityTypes.ofWnut(wnutType);
        if (type != null) {
            out.add(new Span(CodePoints.length(text.substring(0, charBegin)), CodePoints.length(text.substring(0, charEnd)), type));
        }
    }

    static Set<Span> predicted(TextAnnotations a) {
        Set<Span> out = new HashSet<>();
        for (EntityMention e : a.entities()) {
            String type = EntityTypes.ofCoreNlp(e.type());
            if (type != null) {
                out.add(new Span(e.begin(), e.end(), type));
            }
        }
        return out;
    }

    /**
     * Every sentence where the typed entities differ, as lines a reader can scan: the sentence, then
     * {@code - missed}, {@code + spurious} and {@code ~ mistyped} entities ({@code text/TYPE}).
     */
    public static List<String> errors(List<ConllSentences.Sentence> sentences, List<TextAnnotations> annotated) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            Set<Span> gold = gold(sentences.get(i));
            Set<Span> predicted = predicted(annotated.get(i));
            if (gold.equals(predicted)) {
                continue;
            }
            lines.add("#" + (i + 1) + " " + text);
            for (Span g : byPosition(gold)) {
                if (!predicted.contains(g)) {
                    boolean mistyped = predicted.stream().anyMatch(p -> p.begin() == g.begin() && p.end() == g.end());
                    lines.add((mistyped ? "  ~ " : "  - ") + slice(text, g) + "/" + g.type()
                            + (mistyped ? " (given " + predicted.stream().filter(p -> p.begin() == g.begin() && p.end() == g.end())
                            .findFirst().orElseThrow().type() + ")" : ""));
                }
            }
            for (Span p : byPosition(predicted)) {
                if (gold.stream().noneMatch(g -> g.begin() == p.begin() && g.end() == p.end())) {
                    lines.add("  + " + slice(text, p) + "/" + p.type());
                }
            }
        }
        return lines;
    }

    private static List<Span> byPosition(Set<Span> spans) {
        return spans.stream().sorted(java.util.Comparator.comparingInt(Span::begin).thenComparingInt(Span::end)).toList();
    }

    private static String slice(String text, Span s) {
        return text.substring(text.offsetByCodePoints(0, s.begin()), text.offsetByCodePoints(0, s.end()));
    }

    /** The result as a table, one line per type. */
    public static List<String> format(Result r) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  %-13s %s", "span", r.span().format()));
        lines.add(String.format(Locale.ROOT, "  %-13s %s", "PER/LOC/ORG", r.perLocOrg().format()));
        r.byType().forEach((type, c) -> lines.add(String.format(Locale.ROOT, "  %-13s %s", type, c.format())));
        return lines;
    }
}
