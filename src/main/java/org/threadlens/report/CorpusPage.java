package org.threadlens.report;

import static org.threadlens.report.Html.escape;
import static org.threadlens.report.Html.signed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threadlens.annotate.WikipediaTitles;
import org.threadlens.trends.CorpusOverview;
import org.threadlens.trends.EntityCell;
import org.threadlens.trends.EntityChange;
import org.threadlens.trends.EntitySeries;
import org.threadlens.trends.Estimate;
import org.threadlens.trends.MoodCell;
import org.threadlens.trends.Percent;
import org.threadlens.trends.TrendQuery;

/**
 * The report's corpus section: mood over time for every community together and the largest communities, the
 * most mentioned entities over time with their sentiment, and the entities whose sentiment or share changed
 * most surely between the halves of the time range. Its size depends on the {@link CorpusOverview}'s limits,
 * never on the store's size. Stateless.
 */
final class CorpusPage {
    private CorpusPage() {
    }

    static void render(CorpusOverview o, StringBuilder out) {
        String unit = o.period().wireName();
        out.append("<h2 id=\"corpus\">The corpus over time</h2>\n<p class=\"small\">By ").append(unit)
                .append(", every interval a 95% interval over threads (comments of one thread are not independent). A ")
                .append(unit).append(" of fewer than ").append(TrendQuery.MIN_THREADS).append(" threads or ")
                .append(TrendQuery.MIN_TEXTS).append(" scored texts, or where one thread is nearly all of it, is drawn "
                        + "hollow, without an interval. The same numbers: ")
                .append("<code>threadlens trends --by ").append(unit).append("</code>, or the store's views ")
                .append("<code>mood_trends</code>, <code>entity_trends</code> and <code>entity_changes</code>.</p>\n");
        if (o.mood().mood().isEmpty()) {
            out.append("<p class=\"note\">No text has a time: nothing to show over time.</p>\n");
            return;
        }
        out.append("<h3>Mood</h3>\n<div class=\"pair\">\n");
        List<List<TrendCharts.Point>> series = new ArrayList<>();
        for (String community : o.mood().communities()) {
            series.add(o.mood().mood().stream().filter(c -> c.community().equals(community)).map(c ->
                    new TrendCharts.Point(c.period().toString(), c.score(), c.scored(), c.tooFew())).toList());
        }
        double extent = TrendCharts.scoreExtent(series);
        for (int i = 0; i < series.size(); i++) {
            String community = o.mood().communities().get(i);
            String name = "*".equals(community) ? "Every community together" : community;
            long texts = o.mood().mood().stream().filter(c -> c.community().equals(community)).mapToLong(MoodCell::texts).sum();
            out.append("<figure>").append(TrendCharts.scoreOverTime(series.get(i), "Mean score by " + unit + ": " + name,
                    extent)).append("<figcaption><b>").append(escape(name)).append("</b>: mean score by ").append(unit)
                    .append(", ").append(Html.count(texts)).append(" texts.</figcaption></figure>\n");
        }
        out.append("</div>\n");
        moodTable(o, out);
        entities(o, out);
        changes(o.sentimentChanges(), true, out);
        changes(o.shareChanges(), false, out);
    }

    private static void moodTable(CorpusOverview o, StringBuilder out) {
        out.append("<details><summary>The numbers</summary><table class=\"data\"><thead><tr><th>community</th><th>")
                .append(o.period().wireName()).append(" of</th><th class=\"n\">threads</th><th class=\"n\">texts</th>")
                .append("<th>mean score (95% CI)</th><th>negative / neutral / positive</th></tr></thead><tbody>\n");
        for (MoodCell c : o.mood().mood()) {
            out.append("<tr><td>").append(escape("*".equals(c.community()) ? "all" : c.community())).append("</td><td>")
                    .append(c.period()).append("</td><td class=\"n\">").append(Html.count(c.threads()))
                    .append("</td><td class=\"n\">").append(Html.count(c.texts())).append("</td><td>")
                    .append(score(c.score())).append("</td><td>").append(share(c.negative())).append(" / ")
                    .append(share(c.neutral())).append(" / ").append(share(c.positive())).append("</td></tr>\n");
        }
        out.append("</tbody></table></details>\n");
    }

    private static void entities(CorpusOverview o, StringBuilder out) {
        if (o.entities().entities().isEmpty()) {
            return;
        }
        out.append("<h3>The most mentioned entities</h3>\n<p class=\"small\">What the texts that mention each say of it "
                + "(the mean sentiment of those sentences), and how often it comes up (its share of all texts), by ")
                .append(o.period().wireName()).append(". Quoted mentions do not count.</p>\n");
        List<List<TrendCharts.Point>> sentiments = o.entities().entities().stream().map(s -> s.cells().stream()
                .map(c -> new TrendCharts.Point(c.period().toString(), c.score(), c.scored(), c.tooFew())).toList()).toList();
        double extent = TrendCharts.scoreExtent(sentiments);
        for (int i = 0; i < sentiments.size(); i++) {
            EntitySeries s = o.entities().entities().get(i);
            List<TrendCharts.Point> sentiment = sentiments.get(i);
            List<TrendCharts.Point> share = s.cells().stream().map(c -> new TrendCharts.Point(c.period().toString(),
                    c.share(), c.texts(), !c.share().hasInterval())).toList();
            long mentions = s.cells().stream().mapToLong(EntityCell::mentions).sum();
            out.append("<h4>").append(name(s)).append(" <span class=\"small\">").append(escape(s.type())).append(", ")
                    .append(Html.count(mentions)).append(" mentions</span></h4>\n<div class=\"pair\"><figure>")
                    .append(TrendCharts.scoreOverTime(sentiment, "What is said of " + s.name(), extent))
                    .append("<figcaption>Sentiment of the sentences that mention it</figcaption></figure><figure>")
                    .append(TrendCharts.shareOverTime(share, "Share of texts that mention " + s.name()))
                    .append("<figcaption>Share of texts that mention it</figcaption></figure></div>\n");
        }
    }

    private static void changes(List<EntityChange> changes, boolean score, StringBuilder out) {
        String what = score ? "sentiment" : "share of texts";
        out.append("<h3>Biggest changes of ").append(what).append(", first half to second</h3>\n");
        if (changes.isEmpty()) {
            out.append("<p class=\"note\">No entity has enough threads in both halves to compare.</p>\n");
            return;
        }
        List<String> labels = new ArrayList<>();
        List<Estimate> values = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        for (EntityChange c : changes) {
            Estimate e = score ? c.scoreChange() : c.shareChange();
            labels.add(c.series().name());
            values.add(e);
            tips.add(c.series().name() + ": " + change(e, score) + (e.hasInterval() ? " (95% CI " + changeRange(e, score)
                    + ")" : " (too few for an interval)"));
        }
        out.append("<p class=\"small\">Surest first: ordered by the least change the 95% interval allows. The halves' ")
                .append("threads are taken as independent samples.</p>\n<figure>")
                .append(TrendCharts.changes(labels, values, tips, score)).append("</figure>\n")
                .append("<details><summary>The numbers</summary><table class=\"data\"><thead><tr><th>entity</th>")
                .append("<th class=\"n\">mentions, first / second</th><th>first</th><th>second</th><th>change (95% CI)</th>")
                .append("</tr></thead><tbody>\n");
        for (int i = 0; i < changes.size(); i++) {
            EntityChange c = changes.get(i);
            out.append("<tr><td>").append(name(c.series())).append("</td><td class=\"n\">")
                    .append(Html.count(c.firstMentions())).append(" / ").append(Html.count(c.secondMentions()))
                    .append("</td><td>").append(score ? optional(c.firstScore()) : Percent.of(c.firstShare()))
                    .append("</td><td>").append(score ? optional(c.secondScore()) : Percent.of(c.secondShare()))
                    .append("</td><td>").append(escape(tips.get(i).substring(c.series().name().length() + 2)))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table></details>\n");
    }

    private static String name(EntitySeries s) {
        String n = escape(s.name().replaceAll("\\s+", " "));
        return s.link() == null ? "<b>" + n + "</b>" : "<b><a href=\"" + escape(WikipediaTitles.url(s.link()))
                + "\" rel=\"noopener noreferrer\">" + n + "</a></b>";
    }

    private static String score(Estimate e) {
        if (e.value() == null) {
            return "\u2013";
        }
        return signed(e.value()) + (e.hasInterval() ? " <span class=\"small\">(" + TrendCharts.range(e, true) + ")</span>"
                : " <span class=\"small\">(too few)</span>");
    }

    private static String share(Estimate e) {
        return e.value() == null ? "\u2013" : Percent.of(e.value());
    }

    private static String optional(Double score) {
        return score == null ? "\u2013" : signed(score);
    }

    private static String change(Estimate e, boolean score) {
        return score ? signed(e.value()) : String.format(Locale.ROOT, "%+.1f points", 100 * e.value());
    }

    private static String changeRange(Estimate e, boolean score) {
        return score ? TrendCharts.range(e, true)
                : String.format(Locale.ROOT, "%+.1f to %+.1f points", 100 * e.low(), 100 * e.high());
    }
}
