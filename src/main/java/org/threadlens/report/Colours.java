package org.threadlens.report;

import java.util.Locale;
import org.threadlens.annotate.Polarity;

/**
 * The report's colours: a red–grey–blue diverging palette (ColorBrewer RdBu, readable with the common
 * colour-vision deficiencies) in three strengths per polarity, and a continuous scale for scores.
 *
 * <p>Contrast contract (checked by {@code ColoursTest}, WCAG 2.1): {@link #strong} text reaches 4.5:1 on white
 * and on the polarity's {@link #tint}; {@link #fill} reaches 3:1 against white (graphics); dark text
 * ({@link #INK}) reaches 4.5:1 on every colour of {@link #forScore}. Colour is never the only carrier of a
 * value: every coloured thing also has its label or number in text.
 */
final class Colours {
    /** Text colour. */
    static final String INK = "#1a1a1a";
    /** Axes, grid lines and captions. */
    static final String MUTED = "#595959";
    static final String GRID = "#d9d9d9";

    /** Score scale stops at -1, -0.5, 0, 0.5, 1. */
    private static final int[] SCALE = {0xd6604d, 0xf4a582, 0xf7f7f7, 0x92c5de, 0x4393c3};

    private Colours() {
    }

    /** For text and borders: dark enough for text on white and on the tint. */
    static String strong(Polarity p) {
        return switch (p) {
            case NEGATIVE -> "#b2182b";
            case NEUTRAL -> "#595959";
            case POSITIVE -> "#2166ac";
        };
    }

    /** For bars and points in charts. */
    static String fill(Polarity p) {
        return switch (p) {
            case NEGATIVE -> "#d6604d";
            case NEUTRAL -> "#8c8c8c";
            case POSITIVE -> "#4393c3";
        };
    }

    /** A light background for a comment of this polarity. */
    static String tint(Polarity p) {
        return switch (p) {
            case NEGATIVE -> "#fbe9e4";
            case NEUTRAL -> "#f2f2f2";
            case POSITIVE -> "#e6f0f8";
        };
    }

    /** The CSS class of a polarity ({@code pol-negative}); {@code pol-none} for a comment without sentiment. */
    static String cssClass(Polarity p) {
        return p == null ? "pol-none" : "pol-" + p.wireName();
    }

    /** The colour of a score on [-1, 1], interpolated between the scale's stops (clamped outside). */
    static String forScore(double score) {
        double x = (Math.max(-1, Math.min(1, score)) + 1) * 2;
        int i = Math.min(3, (int) Math.floor(x));
        double t = x - i;
        int a = SCALE[i];
        int b = SCALE[i + 1];
        int r = mix(a >> 16, b >> 16, t);
        int g = mix(a >> 8, b >> 8, t);
        int bl = mix(a, b, t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, bl);
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round((a & 0xff) + ((b & 0xff) - (a & 0xff)) * t);
    }

    /** The WCAG 2.1 contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    private static double linear(int channel) {
        double c = (channel & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
