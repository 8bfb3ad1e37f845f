package org.threadlens.report;

import static org.threadlens.report.Html.signed;

import java.util.List;
import java.util.Locale;
import org.threadlens.annotate.Polarity;
import org.threadlens.trends.Estimate;
import org.threadlens.trends.Percent;
import org.threadlens.trends.MoodCell;

/**
 * The corpus page's charts, as inline SVG: a figure over time (mean score on −1…+1, or a share on 0…max) with
 * its 95% intervals, and the changes of entities between two halves as a forest of intervals around zero.
 * Every point carries its number as a tooltip; the page gives the numbers in tables too. Stateless.
 */
final class TrendCharts {
    private static final double LEFT = 48;
    private static final double TOP = 14;
    private static final double PLOT_H = 120;
    private static final double PLOT_W = 640;

    /**
     * One period's figure.
     *
     * @param label  the period, as the axis shows it
     * @param value  nullable value: nothing to show for the period
     * @param n      what it counts (texts, sentences), for the tooltip
     * @param tooFew whether the interval is unknown: the point is drawn hollow
     */
    record Point(String label, Estimate value, long n, boolean tooFew) {
    }

    private TrendCharts() {
    }

    /**
     * A score over time on a −extent…+extent axis: pass the same extent ({@link #scoreExtent}) to charts meant to
     * be compared side by side.
     */
    static String scoreOverTime(List<Point> points, String title, double extent) {
        return overTime(points, title, -extent, extent, true);
    }

    /** The axis half-range that holds every point and interval of these series: 0.25, 0.5 or 1. */
    static double scoreExtent(List<List<Point>> series) {
        double max = 0;
        for (List<Point> points : series) {
            for (Point p : points) {
                Estimate e = p.value();
                if (e.value() != null) {
                    max = Math.max(max, Math.abs(e.value()));
                }
                if (e.hasInterval()) {
                    max = Math.max(max, Math.max(Math.abs(e.low()), Math.abs(e.high())));
                }
            }
        }
        return max <= 0.25 ? 0.25 : max <= 0.5 ? 0.5 : 1;
    }

    /** A share of texts over time, on 0…the largest interval's end. */
    static String shareOverTime(List<Point> points, String title) {
        double max = 0.01;
        for (Point p : points) {
            if (p.value().value() != null) {
                max = Math.max(max, p.value().hasInterval() ? p.value().high() : p.value().value());
            }
        }
        return overTime(points, title, 0, niceCeiling(max), false);
    }

    private static String overTime(List<Point> points, String title, double lo, double hi, boolean score) {
        double step = PLOT_W / Math.max(1, points.size());
        Svg svg = new Svg(LEFT + PLOT_W + 12, TOP + PLOT_H + 34, title);
        // a score axis in quarters (−1, −0.5, 0, ...); a share axis in halves, whose ends are round numbers
        int parts = score ? 4 : 2;
        for (int k = 0; k <= parts; k++) {
            double v = lo + (hi - lo) * k / parts;
            double y = y(v, lo, hi);
            boolean zero = Math.abs(v) < 1e-12 && score;
            svg.line(LEFT, y, LEFT + PLOT_W, y, zero ? Colours.MUTED : Colours.GRID, 1, zero ? "4 3" : null);
            svg.text(LEFT - 6, y + 4, "end", "s-axis", score ? signed(v) : v == 0 ? "0%" : Percent.of(v));
        }
        int every = Math.max(1, (int) Math.ceil(points.size() / 8.0));
        double[] xy = new double[2 * points.size()];
        int drawn = 0;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = LEFT + step * (i + 0.5);
            if (i % every == 0) {
                svg.text(x, TOP + PLOT_H + 16, "middle", "s-axis", p.label());
            }
            if (p.value().value() == null) {
                continue;
            }
            double v = p.value().value();
            xy[2 * drawn] = x;
            xy[2 * drawn + 1] = y(v, lo, hi);
            drawn++;
        }
        svg.polyline(java.util.Arrays.copyOf(xy, 2 * drawn), Colours.MUTED, 1.2);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (p.value().value() == null) {
                continue;
            }
            double x = LEFT + step * (i + 0.5);
            double v = p.value().value();
            String text = p.label() + ": " + (score ? signed(v) : Percent.of(v))
                    + (p.value().hasInterval() ? " (95% CI " + range(p.value(), score) + ")" : " (too few for an interval)")
                    + ", n=" + Html.count(p.n());
            if (p.value().hasInterval()) {
                svg.vInterval(x, y(p.value().high(), lo, hi), y(p.value().low(), lo, hi), Math.min(4, step / 4));
            }
            // filled where the interval is known, hollow where the cell is too small for one
            svg.circle(x, y(v, lo, hi), Math.min(4, Math.max(2.5, step / 5)), p.tooFew() ? "#ffffff" : Colours.INK, text);
        }
        return svg.toString();
    }

    /**
     * Changes as horizontal intervals around a zero line, one row per entity: its change (a dot) and 95% interval.
     *
     * @param labels  each row's entity
     * @param changes each row's change, with its interval where known
     * @param tips    each row's tooltip
     * @param score   whether the changes are of scores (±2) or of shares (percentage points)
     */
    static String changes(List<String> labels, List<Estimate> changes, List<String> tips, boolean score) {
        double extent = 0.01;
        for (Estimate e : changes) {
            extent = Math.max(extent, Math.abs(e.hasInterval() ? Math.max(-e.low(), e.high()) : e.value()));
        }
        extent = niceCeiling(extent);
        double labelW = 190;
        double width = 420;
        double row = 24;
        Svg svg = new Svg(labelW + width + 20, TOP + row * changes.size() + 30, "Changes from the first half to the second");
        double x0 = labelW + width / 2;
        for (int k = -2; k <= 2; k++) {
            double x = x0 + width / 2 * k / 2.0;
            svg.line(x, TOP, x, TOP + row * changes.size(), k == 0 ? Colours.MUTED : Colours.GRID, 1, k == 0 ? "4 3" : null);
            double v = extent * k / 2.0;
            svg.text(x, TOP + row * changes.size() + 16, "middle", "s-axis",
                    score ? signed(v) : String.format(Locale.ROOT, "%+.1f pt", 100 * v));
        }
        for (int i = 0; i < changes.size(); i++) {
            Estimate e = changes.get(i);
            double y = TOP + row * i + row / 2;
            svg.text(labelW - 8, y + 4, "end", "s-label", Html.excerpt(labels.get(i), 28));
            if (e.hasInterval()) {
                svg.hInterval(x0 + width / 2 * e.low() / extent, x0 + width / 2 * e.high() / extent, y, 4);
            }
            svg.circle(x0 + width / 2 * e.value() / extent, y, 4.5,
                    score ? Colours.forScore(Math.max(-1, Math.min(1, e.value()))) : Colours.MUTED, tips.get(i));
        }
        return svg.toString();
    }

    /**
     * Horizontal bars of a cell's negative, neutral and positive shares on 0–100%, each with its 95% interval over
     * threads and its percentage.
     */
    static String shares(MoodCell c) {
        double labelW = 84;
        double x0 = labelW + 8;
        double barW = 300;
        double row = 28;
        double axisY = 6 + 3 * row;
        Estimate[] shares = {c.negative(), c.neutral(), c.positive()};
        Polarity[] order = Polarity.values();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < order.length; i++) {
            words.append(i == 0 ? "" : ", ").append(order[i].wireName()).append(' ').append(text(shares[i]));
        }
        Svg svg = new Svg(x0 + barW + 250, axisY + 20, "Shares of texts by sentiment: " + words);
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = x0 + barW * pct / 100.0;
            svg.line(x, 6, x, axisY, pct == 0 ? Colours.MUTED : Colours.GRID, 1);
            svg.text(x, axisY + 14, "middle", "s-axis", pct + "%");
        }
        for (int i = 0; i < order.length; i++) {
            Estimate e = shares[i];
            double y = 6 + i * row;
            double v = e.value() == null ? 0 : e.value();
            svg.text(labelW, y + 18, "end", "s-label", order[i].wireName());
            svg.rect(x0, y + 6, barW * v, 16, Colours.fill(order[i]), order[i].wireName() + ": " + text(e));
            if (e.hasInterval()) {
                svg.hInterval(x0 + barW * e.low(), x0 + barW * e.high(), y + 14, 5);
            }
            svg.text(x0 + barW + 10, y + 18, "start", "s-value", text(e));
        }
        return svg.toString();
    }

    private static String text(Estimate e) {
        return e.value() == null ? "\u2013" : Percent.of(e.value()) + (e.hasInterval() ? "  (95% CI " + range(e, false) + ")" : "");
    }

    static String range(Estimate e, boolean score) {
        return score ? signed(e.low()) + " to " + signed(e.high())
                : Percent.of(e.low()) + "\u2013" + Percent.of(e.high());
    }

    private static double y(double v, double lo, double hi) {
        return TOP + (1 - (Math.max(lo, Math.min(hi, v)) - lo) / (hi - lo)) * PLOT_H;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code x}: an axis end a reader takes in at once. */
    static double niceCeiling(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= x - 1e-12) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
