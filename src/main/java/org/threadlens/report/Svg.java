package org.threadlens.report;

import static org.threadlens.report.Html.escape;
import static org.threadlens.report.Html.num;

/**
 * A tiny builder of inline SVG: the primitives the report's charts are drawn with. Every text and tooltip is
 * escaped here; coordinates are in pixels of the viewBox. Styling of text comes from the page's CSS classes
 * ({@code s-label}, {@code s-axis}, {@code s-value}). Not thread-safe: one builder per chart.
 */
final class Svg {
    private final StringBuilder b = new StringBuilder(1024);

    /**
     * @param label what the chart shows, for screen readers and as the chart's tooltip
     */
    Svg(double width, double height, String label) {
        b.append("<svg class=\"chart\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\"><title>")
                .append(escape(label)).append("</title>");
    }

    Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        b.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(0, w))).append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill).append('"');
        return closeWithTooltip("rect", tooltip);
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width) {
        return line(x1, y1, x2, y2, stroke, width, null);
    }

    /** @param dash nullable: an SVG dash array such as {@code 4 3} */
    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        b.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(num(width)).append('"');
        if (dash != null) {
            b.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        b.append("/>");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String tooltip) {
        b.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" fill=\"").append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"");
        return closeWithTooltip("circle", tooltip);
    }

    /** A polyline through the points {@code x0, y0, x1, y1, ...}. */
    Svg polyline(double[] xy, String stroke, double width) {
        b.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(num(width))
                .append("\" points=\"");
        for (int i = 0; i + 1 < xy.length; i += 2) {
            b.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        b.append("\"/>");
        return this;
    }

    /**
     * Text.
     *
     * @param anchor {@code start}, {@code middle} or {@code end}
     * @param cls    the CSS class: {@code s-label}, {@code s-axis} or {@code s-value}
     */
    Svg text(double x, double y, String anchor, String cls, String text) {
        b.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" class=\"").append(cls).append("\">").append(escape(text)).append("</text>");
        return this;
    }

    /**
     * A horizontal interval bar (an error bar) from {@code x1} to {@code x2} at height {@code y}, with end caps,
     * dark on a white halo so that it shows over any bar colour.
     */
    Svg hInterval(double x1, double x2, double y, double cap) {
        for (String[] pen : new String[][] {{"#ffffff", "4"}, {Colours.INK, "1.5"}}) {
            double w = Double.parseDouble(pen[1]);
            line(x1, y, x2, y, pen[0], w);
            line(x1, y - cap, x1, y + cap, pen[0], w);
            line(x2, y - cap, x2, y + cap, pen[0], w);
        }
        return this;
    }

    /** A vertical interval bar from {@code y1} to {@code y2} at {@code x}, with end caps. */
    Svg vInterval(double x, double y1, double y2, double cap) {
        for (String[] pen : new String[][] {{"#ffffff", "4"}, {Colours.INK, "1.5"}}) {
            double w = Double.parseDouble(pen[1]);
            line(x, y1, x, y2, pen[0], w);
            line(x - cap, y1, x + cap, y1, pen[0], w);
            line(x - cap, y2, x + cap, y2, pen[0], w);
        }
        return this;
    }

    private Svg closeWithTooltip(String element, String tooltip) {
        if (tooltip == null) {
            b.append("/>");
        } else {
            b.append("><title>").append(escape(tooltip)).append("</title></").append(element).append('>');
        }
        return this;
    }

    @Override
    public String toString() {
        return b + "</svg>";
    }
}
