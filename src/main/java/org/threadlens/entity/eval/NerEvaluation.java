package org.threadlens.entity.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.PrfCounts;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.pipeline.Batches;
import org.threadlens.pipeline.EvalSetup;
import org.threadlens.text.CodePoints;

/**
 * Entity quality on BIO-labelled sentences: an entity counts as found when its span (code points) and its
 * compared type ({@link EntityTypes}) equal a gold entity's; precision, recall and F1 per type and overall
 * (micro-averaged).
 */
public final class NerEvaluation {
    private NerEvaluation() {
    }

    /** Scores by compared type, and {@code ALL}. */
    public record Result(Map<String, PrfCounts> byType, int sentences) {
        public PrfCounts overall() {
            return byType.get("ALL");
        }
    }

    /** An entity span in code points of a sentence's text, with its compared type. */
    record Span(int begin, int end, String type) {
    }

    public static Result run(List<ConllSentences.Sentence> sentences, CommentAnnotator engine, EvalSetup setup, int threads) {
        List<String> texts = sentences.stream().map(ConllSentences.Sentence::text).toList();
        List<TextAnnotations> annotated = Batches.annotateWith(texts, engine,
                new org.threadlens.annotate.ThreadAnnotator.Options(setup.markup(), null, setup.caseless(), List.of()), threads);
        Map<String, PrfCounts> byType = new TreeMap<>();
        byType.put("ALL", PrfCounts.zero());
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
        }
        return new Result(byType, sentences.size());
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

    /** The result as a table, one line per type. */
    public static List<String> format(Result r) {
        List<String> lines = new ArrayList<>();
        r.byType().forEach((type, c) -> lines.add(String.format(java.util.Locale.ROOT, "  %-13s %s", type, c.format())));
        return lines;
    }
}
