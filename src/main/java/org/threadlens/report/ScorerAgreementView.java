package org.threadlens.report;

import static org.threadlens.report.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threadlens.analyze.Interval;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.thread.Comment;

/**
 * Where the comment scorers ({@code corenlp}, {@code opennlp}, {@code vader}, ...) agree: for each pair, and for
 * all of them together, the comments both (all) scored and on how many they gave the same polarity (each
 * scorer's own decision folded to negative / neutral / positive), with the 95% Wilson interval of the share.
 * Low agreement says that the thread's mood rests on scorers that read it differently. Stateless.
 */
final class ScorerAgreementView {
    private ScorerAgreementView() {
    }

    /** Comments scored by a set of scorers, and on how many they agreed. */
    record Agreement(List<String> scorers, int scored, int agreed) {
    }

    /** Every pair of scorers present, then (with three or more) all of them, in name order. */
    static List<Agreement> of(AnnotatedThread r) {
        List<Map<String, Polarity>> comments = new ArrayList<>();
        TreeMap<String, Integer> names = new TreeMap<>();
        for (Comment c : r.thread().comments()) {
            TextAnnotations a = r.annotationsOf(c);
            if (a == null || a.scores().isEmpty()) {
                continue;
            }
            Map<String, Polarity> byScorer = new TreeMap<>();
            for (ScorerSentiment s : a.scores().values()) {
                byScorer.put(s.scorer(), Polarity.of(s.label()));
                names.merge(s.scorer(), 1, Integer::sum);
            }
            comments.add(byScorer);
        }
        List<String> scorers = List.copyOf(names.keySet());
        List<Agreement> out = new ArrayList<>();
        for (int i = 0; i < scorers.size(); i++) {
            for (int j = i + 1; j < scorers.size(); j++) {
                out.add(count(List.of(scorers.get(i), scorers.get(j)), comments));
            }
        }
        if (scorers.size() > 2) {
            out.add(count(scorers, comments));
        }
        return out;
    }

    private static Agreement count(List<String> scorers, List<Map<String, Polarity>> comments) {
        int scored = 0;
        int agreed = 0;
        for (Map<String, Polarity> c : comments) {
            if (c.keySet().containsAll(scorers)) {
                scored++;
                agreed += scorers.stream().map(c::get).distinct().count() == 1 ? 1 : 0;
            }
        }
        return new Agreement(scorers, scored, agreed);
    }

    /** Each scorer's comments per polarity, by scorer name. */
    static Map<String, int[]> labels(AnnotatedThread r) {
        Map<String, int[]> out = new TreeMap<>();
        for (Comment c : r.thread().comments()) {
            TextAnnotations a = r.annotationsOf(c);
            if (a != null) {
                for (ScorerSentiment s : a.scores().values()) {
                    out.computeIfAbsent(s.scorer(), k -> new int[3])[Polarity.of(s.label()).ordinal()]++;
                }
            }
        }
        return out;
    }

    static void render(AnnotatedThread r, StringBuilder out) {
        Map<String, int[]> labels = labels(r);
        if (!labels.isEmpty()) {
            out.append("<p class=\"small\">Each scorer's own decision, in comments per label:</p>\n<table class=\"data\">"
                    + "<thead><tr><th>scorer</th><th class=\"n\">negative</th><th class=\"n\">neutral</th>"
                    + "<th class=\"n\">positive</th></tr></thead><tbody>\n");
            labels.forEach((name, n) -> out.append("<tr><td>").append(escape(name)).append("</td>").append(number(n[0]))
                    .append(number(n[1])).append(number(n[2])).append("</tr>\n"));
            out.append("</tbody></table>\n");
        }
        List<Agreement> rows = of(r);
        if (rows.isEmpty()) {
            out.append("<p class=\"note\">Fewer than two scorers read this thread's comments: no agreement to count.</p>\n");
            return;
        }
        out.append("<p class=\"small\">Comments on which scorers give the same polarity:</p>\n<table class=\"data\"><thead>"
                + "<tr><th>scorers</th><th class=\"n\">comments scored by all</th><th class=\"n\">same polarity</th>"
                + "<th class=\"n\">share</th><th>95% CI</th></tr></thead><tbody>\n");
        for (Agreement a : rows) {
            double share = a.scored() == 0 ? 0 : a.agreed() / (double) a.scored();
            Interval ci = Interval.wilson(a.agreed(), a.scored());
            out.append("<tr><td>").append(escape(String.join(" + ", a.scorers()))).append("</td>")
                    .append(number(a.scored())).append(number(a.agreed())).append("<td class=\"n\">")
                    .append(Html.percent(share)).append("</td><td class=\"nw\">")
                    .append(Html.percentRange(ci)).append(' ').append(MiniCharts.share(share, ci, Polarity.NEUTRAL))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private static String number(long n) {
        return "<td class=\"n\">" + Html.count(n) + "</td>";
    }
}
