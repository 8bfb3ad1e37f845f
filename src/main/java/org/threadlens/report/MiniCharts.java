package org.threadlens.report;

import static org.threadlens.report.Html.percent;
import static org.threadlens.report.Html.percentRange;
import static org.threadlens.report.Html.scoreRange;
import static org.threadlens.report.Html.signed;

import org.threadlens.analyze.Interval;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.annotate.Polarity;

/**
 * Small inline charts for table cells; the numbers they draw are always in the cell's text as well, so that
 * the table reads without them. Stateless.
 */
final class MiniCharts {
    private static final double W = 140;
    private static final double H = 16;

    private MiniCharts() {
    }

    /** One bar split into the negative, neutral and positive shares. */
    static String shares(SentimentSummary s) {
        Svg svg = new Svg(W, H, Charts.sharesText(s, "comments"));
        double x = 0;
        for (Polarity p : Polarity.values()) {
            double w = W * s.share(p);
            svg.rect(x, 2, w, H - 4, Colours.fill(p), p.wireName() + " " + percent(s.share(p)));
            x += w;
        }
        return svg.toString();
    }

    /** A score on a -1…+1 axis: its interval and a point coloured by its label. */
    static String score(SentimentSummary s) {
        Interval ci = s.scoreInterval();
        Svg svg = new Svg(W, H, "score " + signed(s.score()) + " (95% CI " + scoreRange(ci) + "), " + s.label().wireName());
        svg.line(4, H / 2, W - 4, H / 2, Colours.GRID, 1);
        svg.line(x(0), 1, x(0), H - 1, Colours.MUTED, 1);
        svg.hInterval(x(ci.low()), x(ci.high()), H / 2, 3);
        svg.circle(x(s.score()), H / 2, 4.5, Colours.fill(s.label()), null);
        return svg.toString();
    }

    private static double x(double score) {
        return 4 + (Math.max(-1, Math.min(1, score)) + 1) / 2 * (W - 8);
    }

    /** Own mentions (dark) and quoted ones (light) on a scale whose full width is {@code max}. */
    static String mentions(int own, int quoted, int max) {
        Svg svg = new Svg(W, H, own + " mentions in authors' own words, " + quoted + " in quotes");
        double unit = W / Math.max(1, max);
        svg.rect(0, 2, unit * own, H - 4, Colours.MUTED, null);
        svg.rect(unit * own, 2, unit * quoted, H - 4, "#bdbdbd", null);
        return svg.toString();
    }

    /** A share on a 0–100% bar with its interval. */
    static String share(double share, Interval ci, Polarity colour) {
        Svg svg = new Svg(W, H, percent(share) + " (95% CI " + percentRange(ci) + ")");
        svg.rect(0, 2, W, H - 4, "#f0f0f0", null);
        svg.rect(0, 2, W * share, H - 4, Colours.fill(colour), null);
        svg.hInterval(W * ci.low() + 1, W * ci.high() - 1, H / 2, 3);
        return svg.toString();
    }
}
