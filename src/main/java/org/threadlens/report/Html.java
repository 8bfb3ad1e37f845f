package org.threadlens.report;

import java.util.Locale;
import org.threadlens.analyze.Interval;

/**
 * Escaping and number formatting for the report. Every piece of user text (titles, comments, authors,
 * community names, ids, entity names) goes through {@link #escape} before it reaches the page, in element
 * content and in attribute values alike; numbers are formatted in {@link Locale#ROOT} so that a German
 * locale does not turn {@code 0.5} into {@code 0,5} inside SVG coordinates. Stateless, thread-safe.
 */
final class Html {
    private Html() {
    }

    /**
     * The text safe in HTML or SVG content and in quoted attribute values: {@code & < > " '} become
     * references, and control characters other than tab, line feed and carriage return (which HTML forbids)
     * become U+FFFD.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    /**
     * At most {@code max} code points of the text with its white space collapsed, ending in an ellipsis when
     * cut (never inside a surrogate pair).
     */
    static String excerpt(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
    }

    /**
     * The address if it is an absolute {@code http}/{@code https} URL, else null: a thread's link is shown
     * only then, so that a {@code javascript:} URL in the data never becomes a link.
     */
    static String safeLink(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !u.contains(" ") ? u : null;
    }

    /** A share as a whole percentage: {@code 40%}. */
    static String percent(double share) {
        return Math.round(100 * share) + "%";
    }

    /** A share's interval: {@code 12–77%}. */
    static String percentRange(Interval i) {
        return Math.round(100 * i.low()) + "\u2013" + Math.round(100 * i.high()) + "%";
    }

    /** A score on [-1, 1] with its sign: {@code +0.10}, {@code -0.35}, and {@code 0.00} for what rounds to zero. */
    static String signed(double score) {
        String s = String.format(Locale.ROOT, "%+.2f", score);
        return s.equals("+0.00") || s.equals("-0.00") ? "0.00" : s;
    }

    /** A score interval: {@code -0.12 to +0.31}. */
    static String scoreRange(Interval i) {
        return signed(i.low()) + " to " + signed(i.high());
    }

    /** A coordinate or length for SVG: at most one decimal. */
    static String num(double x) {
        double r = Math.round(x * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    /** A count with thousands separators: {@code 12,345}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
