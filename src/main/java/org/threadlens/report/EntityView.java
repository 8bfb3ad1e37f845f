package org.threadlens.report;

import static org.threadlens.report.Html.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.threadlens.analyze.EntitySummary;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.WikipediaTitles;
import org.threadlens.record.AnnotatedThread;

/**
 * The thread's most mentioned entities as a table: name (a link to its English Wikipedia article where it was
 * linked) and other forms, the entities it was kept apart from because its mentions could equally have been
 * theirs ("ambiguous"), type, mentions in the authors' own words and in quotes (bar and numbers), authors, and the sentiment
 * of the sentences that mention it (label, score with its 95% interval, number of sentences). At most
 * {@value #TOP} rows; the page says how many there are. Stateless.
 */
final class EntityView {
    static final int TOP = 15;
    /** Other forms, and entities kept apart, named at most per row. */
    static final int NAMED = 4;

    private EntityView() {
    }

    /**
     * For each entity of the thread ({@link #key}), the entities its mentions could equally have been merged into
     * and were not, sorted; entities without any are absent.
     */
    static Map<String, SortedSet<String>> leftApart(AnnotatedThread r) {
        Map<String, SortedSet<String>> out = new HashMap<>();
        List<TextAnnotations> texts = new ArrayList<>(r.comments().values());
        if (r.title() != null) {
            texts.add(r.title());
        }
        for (TextAnnotations a : texts) {
            for (EntityMention m : a.entities()) {
                if (!m.ambiguous().isEmpty()) {
                    out.computeIfAbsent(key(m.type(), m.entity() != null ? m.entity() : m.text()), k -> new TreeSet<>())
                            .addAll(m.ambiguous());
                }
            }
        }
        return out;
    }

    private static String key(String type, String name) {
        return type + "\u0000" + name;
    }

    /** @param leftApart as {@link #leftApart} gives it */
    static void render(List<EntitySummary> entities, Map<String, SortedSet<String>> leftApart, StringBuilder out) {
        if (entities.isEmpty()) {
            out.append("<p class=\"note\">No named entities.</p>\n");
            return;
        }
        List<EntitySummary> top = entities.stream().limit(TOP).toList();
        if (top.size() < entities.size()) {
            out.append("<p class=\"note\">The ").append(TOP).append(" most mentioned of ").append(entities.size())
                    .append(" entities.</p>\n");
        }
        int max = top.stream().mapToInt(e -> e.mentions() + e.quotedMentions()).max().orElse(1);
        out.append("<table class=\"data\"><thead><tr><th>entity</th><th>type</th><th>mentions (own + quoted)</th>"
                + "<th class=\"n\">authors</th><th>sentiment of the sentences that mention it</th></tr></thead><tbody>\n");
        for (EntitySummary e : top) {
            out.append("<tr><td>");
            name(e, out);
            List<String> others = e.aliases().stream().filter(a -> !a.equals(e.name())).limit(NAMED).toList();
            if (!others.isEmpty()) {
                out.append("<br><span class=\"small\">also: ").append(escape(String.join(", ", others))).append("</span>");
            }
            SortedSet<String> apart = leftApart.getOrDefault(key(e.type(), e.name()), new TreeSet<>());
            if (!apart.isEmpty()) {
                out.append("<br><span class=\"small ambiguous\">ambiguous, kept apart from: ")
                        .append(escape(String.join(", ", apart.stream().limit(NAMED).toList())))
                        .append(apart.size() > NAMED ? ", \u2026" : "").append("</span>");
            }
            out.append("</td><td>").append(escape(e.type())).append("</td><td class=\"nw\">")
                    .append(MiniCharts.mentions(e.mentions(), e.quotedMentions(), max)).append(' ').append(e.mentions());
            if (e.quotedMentions() > 0) {
                out.append(" + ").append(e.quotedMentions()).append(" quoted");
            }
            out.append("</td><td class=\"n\">").append(e.authors().size()).append("</td><td>");
            sentiment(e.sentiment(), out);
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    /**
     * The name in bold, a link to its Wikipedia article where it has one: the address built by {@link
     * WikipediaTitles#url} (always https, the title percent-encoded) and escaped again for the attribute.
     */
    private static void name(EntitySummary e, StringBuilder out) {
        if (e.link() == null) {
            out.append("<b>").append(escape(e.name())).append("</b>");
            return;
        }
        out.append("<b><a href=\"").append(escape(WikipediaTitles.url(e.link()))).append("\" rel=\"noopener noreferrer\" ")
                .append("title=\"Wikipedia: ").append(escape(e.link().replace('_', ' '))).append("\">")
                .append(escape(e.name())).append("</a></b>");
    }

    private static void sentiment(SentimentSummary s, StringBuilder out) {
        if (s == null) {
            out.append("<span class=\"small\">no sentiment (only quoted, or no scored sentence)</span>");
            return;
        }
        out.append("<span class=\"nw\">").append(MiniCharts.score(s)).append(" <span class=\"lab ")
                .append(Colours.cssClass(s.label())).append("\">").append(s.label().wireName()).append("</span> ")
                .append(Html.signed(s.score())).append("</span>")
                .append(" <span class=\"small\">(95% CI ").append(Html.scoreRange(s.scoreInterval())).append("; ")
                .append(s.comments()).append(s.comments() == 1 ? " sentence" : " sentences").append(")</span>");
    }
}
