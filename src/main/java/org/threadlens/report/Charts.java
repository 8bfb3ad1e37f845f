package org.threadlens.report;

import static org.threadlens.report.Html.percent;
import static org.threadlens.report.Html.percentRange;
import static org.threadlens.report.Html.scoreRange;
import static org.threadlens.report.Html.signed;

import java.util.List;
import org.threadlens.analyze.GroupSentiment;
import org.threadlens.analyze.Interval;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.annotate.Polarity;

/**
 * The report's full-size charts, as inline SVG: the shares of a sentiment summary with their intervals, and
 * the mean score of groups (depths, time buckets) as points with their intervals. Every bar and point carries
 * its number as text beside it and as a tooltip. Stateless.
 */
final class Charts {
    private static final double ROW = 28;
    private static final double LABEL_W = 84;
    private static final double SHARE_W = 300;

    private Charts() {
    }

    /**
     * Horizontal bars of the negative, neutral and positive shares of comments on a 0–100% axis, each with its
     * 95% Wilson interval, its percentage and its count.
     *
     * @param unit what is counted, plural ({@code comments}, {@code sentences})
     */
    static String shares(SentimentSummary s, String unit) {
        double x0 = LABEL_W + 8;
        double top = 6;
        double axisY = top + 3 * ROW;
        Svg svg = new Svg(x0 + SHARE_W + 250, axisY + 20, "Shares of " + unit + " by sentiment: " + sharesText(s, unit));
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = x0 + SHARE_W * pct / 100.0;
            svg.line(x, top, x, axisY, pct == 0 ? Colours.MUTED : Colours.GRID, 1);
            svg.text(x, axisY + 14, "middle", "s-axis", pct + "%");
        }
        Polarity[] order = Polarity.values();
        for (int i = 0; i < order.length; i++) {
            Polarity p = order[i];
            double y = top + i * ROW;
            Interval ci = s.shareInterval(p);
            String value = percent(s.share(p)) + "  (95% CI " + percentRange(ci) + ")  " + Html.count(s.counts().get(p))
                    + " of " + Html.count(s.comments());
            svg.text(LABEL_W, y + 18, "end", "s-label", p.wireName());
            svg.rect(x0, y + 6, SHARE_W * s.share(p), 16, Colours.fill(p), p.wireName() + ": " + value + " " + unit);
            svg.hInterval(x0 + SHARE_W * ci.low(), x0 + SHARE_W * ci.high(), y + 14, 5);
            svg.text(x0 + SHARE_W + 10, y + 18, "start", "s-value", value);
        }
        return svg.toString();
    }

    /** The shares in words: {@code negative 40% (12–77%), ...}. */
    static String sharesText(SentimentSummary s, String unit) {
        StringBuilder b = new StringBuilder();
        for (Polarity p : Polarity.values()) {
            b.append(b.isEmpty() ? "" : ", ").append(p.wireName()).append(' ').append(percent(s.share(p))).append(" (")
                    .append(percentRange(s.shareInterval(p))).append(')');
        }
        return b.append(" of ").append(Html.count(s.comments())).append(' ').append(unit).toString();
    }

    /**
     * The mean score of each group as a point on a -1…+1 axis with its 95% bootstrap interval, joined by a line
     * in group order, each labelled with its score and its number of comments.
     *
     * @param what the grouping, for labels ({@code depth}, {@code time since the post})
     */
    static String scoreByGroup(List<GroupSentiment> groups, String what) {
        double left = 44;
        double top = 22;
        double plotH = 160;
        double step = Math.max(48, Math.min(96, 520.0 / Math.max(1, groups.size())));
        double width = left + step * groups.size() + 16;
        Svg svg = new Svg(Math.max(width, 300), top + plotH + 44, "Mean comment score by " + what + ": " + groupsText(groups));
        String[] ticks = {"-1", "-0.5", "0", "+0.5", "+1"};
        for (int k = 0; k < ticks.length; k++) {
            double y = y(-1 + 0.5 * k, top, plotH);
            svg.line(left, y, width - 8, y, k == 2 ? Colours.MUTED : Colours.GRID, 1, k == 2 ? "4 3" : null);
            svg.text(left - 6, y + 4, "end", "s-axis", ticks[k]);
        }
        double[] xy = new double[2 * groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            xy[2 * i] = left + step * (i + 0.5);
            xy[2 * i + 1] = y(groups.get(i).sentiment().score(), top, plotH);
        }
        svg.polyline(xy, Colours.MUTED, 1.5);
        for (int i = 0; i < groups.size(); i++) {
            GroupSentiment g = groups.get(i);
            SentimentSummary s = g.sentiment();
            double x = xy[2 * i];
            double yHigh = y(s.scoreInterval().high(), top, plotH);
            svg.vInterval(x, yHigh, y(s.scoreInterval().low(), top, plotH), 4);
            svg.circle(x, xy[2 * i + 1], 5, Colours.fill(s.label()), what + " " + g.key() + ": " + groupText(s));
            svg.text(x, yHigh - 6, "middle", "s-value", signed(s.score()));
            svg.text(x, top + plotH + 18, "middle", "s-label", Html.excerpt(g.key(), 10));
            svg.text(x, top + plotH + 34, "middle", "s-axis", "n=" + Html.count(s.comments()));
        }
        return svg.toString();
    }

    private static double y(double score, double top, double plotH) {
        return top + (1 - Math.max(-1, Math.min(1, score))) / 2 * plotH;
    }

    /** {@code 14 comments, score +0.12 (95% CI -0.05 to +0.30), negative 20%, neutral 30%, positive 50%}. */
    static String groupText(SentimentSummary s) {
        StringBuilder b = new StringBuilder().append(Html.count(s.comments()))
                .append(s.comments() == 1 ? " comment" : " comments").append(", score ").append(signed(s.score()))
                .append(" (95% CI ").append(scoreRange(s.scoreInterval())).append(')');
        for (Polarity p : Polarity.values()) {
            b.append(", ").append(p.wireName()).append(' ').append(percent(s.share(p)));
        }
        return b.toString();
    }

    private static String groupsText(List<GroupSentiment> groups) {
        StringBuilder b = new StringBuilder();
        for (GroupSentiment g : groups) {
            b.append(b.isEmpty() ? "" : "; ").append(g.key()).append(": ").append(signed(g.sentiment().score()))
                    .append(" (n=").append(g.sentiment().comments()).append(')');
        }
        return b.toString();
    }
}
