package org.threadlens.report;

import static org.threadlens.report.Html.escape;

import java.util.List;
import org.threadlens.analyze.EntitySummary;
import org.threadlens.analyze.SentimentSummary;

/**
 * The thread's most mentioned entities as a table: name and other forms, type, mentions in the authors' own
 * words and in quotes (bar and numbers), authors, and the sentiment of the sentences that mention it (label,
 * score with its 95% interval, number of sentences). At most {@value #TOP} rows; the page says how many there
 * are. Stateless.
 */
final class EntityView {
    static final int TOP = 15;

    private EntityView() {
    }

    static void render(List<EntitySummary> entities, StringBuilder out) {
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
            out.append("<tr><td><b>").append(escape(e.name())).append("</b>");
            List<String> others = e.aliases().stream().filter(a -> !a.equals(e.name())).limit(4).toList();
            if (!others.isEmpty()) {
                out.append("<br><span class=\"small\">also: ").append(escape(String.join(", ", others))).append("</span>");
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
