package org.threadlens.trends;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The trends as text for a terminal: a table of mood per community, then one per entity followed. A cell with
 * too few threads or texts says so instead of giving figures whose intervals are unknown.
 */
public final class TrendsTable {
    private static final String MOOD_HEAD = "%-11s %7s %8s  %-22s %-15s %-15s %-15s%n";
    private static final String ENTITY_HEAD = "%-11s %7s %7s %7s %8s  %-17s %-22s%n";

    private TrendsTable() {
    }

    public static void write(Trends t, Writer out) throws IOException {
        StringWriter w = new StringWriter();
        table(t, w);
        // the columns are padded to their width; a line's padding after its last figure is noise
        out.write(w.toString().replaceAll("(?m)[ \t]+$", ""));
    }

    private static void table(Trends t, Writer w) throws IOException {
        String unit = t.query().period().wireName();
        w.write("Mood by " + unit + ": 95% intervals over threads; a cell of fewer than " + TrendQuery.MIN_THREADS
                + " threads, " + TrendQuery.MIN_TEXTS + " scored texts or 2 effective threads (one thread is nearly all "
                + "of it) says \"too few\".\n");
        for (String community : t.communities()) {
            List<MoodCell> cells = t.mood().stream().filter(c -> c.community().equals(community)).toList();
            w.write("\n" + communityName(community) + "\n");
            w.write(String.format(Locale.ROOT, MOOD_HEAD, unit + " of", "threads", "texts", "mean score", "negative",
                    "neutral", "positive"));
            if (cells.isEmpty()) {
                w.write("(no text in these periods)\n");
            }
            for (MoodCell c : cells) {
                w.write(String.format(Locale.ROOT, "%-11s %7s %8s  ", c.period(), count(c.threads()), count(c.texts())));
                w.write(c.tooFew() ? tooFew(c.threads(), c.scored(), "scored text") + "\n"
                        : String.format(Locale.ROOT, "%-22s %-15s %-15s %-15s%n", score(c.score()), share(c.negative()),
                        share(c.neutral()), share(c.positive())));
            }
        }
        for (EntitySeries s : t.entities()) {
            w.write("\n" + s.label() + "\n");
            w.write(String.format(Locale.ROOT, ENTITY_HEAD, unit + " of", "threads", "texts", "authors", "mentions",
                    "share of texts", "sentiment"));
            for (EntityCell c : s.cells()) {
                String who = t.communities().size() > 1 ? "  " + communityName(c.community()) : "";
                w.write(String.format(Locale.ROOT, "%-11s %7s %7s %7s %8s  %-17s %-22s%s%n", c.period(), count(c.threads()),
                        count(c.texts()), count(c.authors()), count(c.mentions()), share(c.share()),
                        c.tooFew() ? tooFew(c.threads(), c.scored(), "sentence") : score(c.score()), who));
            }
        }
        if (t.entities().isEmpty() && t.query().top() > 0) {
            w.write("\nNo entity is mentioned in these periods.\n");
        }
        if (t.span().untimed() > 0) {
            w.write("\n" + count(t.span().untimed()) + " of " + count(t.span().texts())
                    + " texts have no time (nor their thread) and are counted nowhere here.\n");
        }
    }

    static String communityName(String community) {
        return "*".equals(community) ? "Every community together" : community.isEmpty() ? "(no community)" : community;
    }

    /** @param what the scored unit, singular ({@code scored text}, {@code sentence}) */
    private static String tooFew(long threads, long scored, String what) {
        return "too few (" + threads + (threads == 1 ? " thread, " : " threads, ") + scored + " " + what
                + (scored == 1 ? "" : "s") + ")";
    }

    /** {@code +0.12 (+0.08…+0.16)}, or the value alone if its interval is unknown. */
    static String score(Estimate e) {
        if (e.value() == null) {
            return "-";
        }
        String v = String.format(Locale.ROOT, "%+.2f", e.value());
        return e.hasInterval() ? v + String.format(Locale.ROOT, " (%+.2f\u2026%+.2f)", e.low(), e.high()) : v;
    }

    /** {@code 23% (20–26%)}, one decimal below 10%. */
    static String share(Estimate e) {
        if (e.value() == null) {
            return "-";
        }
        String v = Percent.of(e.value());
        return e.hasInterval() ? v + " (" + Percent.of(e.low()).replace("%", "") + "\u2013" + Percent.of(e.high()) + ")" : v;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
