package org.threadlens.report;

import static org.threadlens.report.Html.escape;
import static org.threadlens.report.Html.signed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.annotate.Polarity;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.trends.CorpusOverview;
import org.threadlens.trends.MoodCell;

/**
 * Assembles the report page: feed it threads with {@link #add}, then {@link #writeTo} the page once.
 *
 * <p>The page is one self-contained HTML file: inline CSS, inline SVG charts, no script, no font, image or
 * style sheet from elsewhere, and a Content-Security-Policy that forbids loading any (the only outside
 * addresses are the threads' own links and their entities' Wikipedia articles, which the reader follows or not). Memory stays bounded: the overview
 * is accumulated in constant space and only the first {@link ReportOptions#maxThreads()} threads are rendered.
 * Not thread-safe.
 */
public final class HtmlReport {
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    private static final String CSS = loadCss();

    private final ReportOptions options;
    private final String storeName;
    private final CorpusMood corpus = new CorpusMood();
    private final StringBuilder contents = new StringBuilder();
    private final StringBuilder sections = new StringBuilder();
    private final StringBuilder corpusPage = new StringBuilder();
    /** Nullable: the store's own figures, which the overview then gives instead of those of the threads added. */
    private CorpusOverview store;
    private int shown;

    /** @param storeName the store's file, as the page names it */
    public HtmlReport(ReportOptions options, String storeName) {
        this.options = Objects.requireNonNull(options, "options");
        this.storeName = Objects.requireNonNull(storeName, "storeName");
    }

    /** Counts the thread in the overview and, within {@code maxThreads}, gives it a section. */
    public void add(AnnotatedThread r) {
        corpus.add(r);
        if (shown < options.maxThreads()) {
            shown++;
            String anchor = "t" + shown;
            contentsRow(r, anchor);
            ThreadSection.render(r, anchor, options.maxComments(), sections);
        }
    }

    /**
     * Takes the whole store's figures: the overview then counts every stored thread (not only those added, which
     * may be the first {@code maxThreads}) and gives its mood with intervals over threads, and the corpus section
     * (mood and entities over time) follows it.
     */
    public void corpus(CorpusOverview overview) {
        store = overview;
        corpusPage.setLength(0);
        if (overview.threads() > 0) {
            CorpusPage.render(overview, corpusPage);
        }
    }

    /** Threads the page covers: the store's, or those added. */
    public long threads() {
        return store != null ? store.threads() : corpus.threads();
    }

    public void writeTo(Writer w) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>ThreadLens report: "
                + escape(storeName) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n");
        w.write(overview());
        w.write(corpusPage.toString());
        if (shown > 0) {
            w.write("<h2>Threads</h2>\n<table class=\"data toc\"><thead><tr><th class=\"n\">#</th><th>thread</th>"
                    + "<th>community</th><th class=\"n\">texts</th><th>mood</th><th>score (95% CI)</th>"
                    + "<th>negative / neutral / positive</th></tr></thead><tbody>\n");
            w.write(contents.toString());
            w.write("</tbody></table>\n");
        }
        w.write(sections.toString());
        w.write("<footer><p class=\"small\">Made by ThreadLens from " + escape(storeName) + " on "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ". Sentiment labels are the comments' combined "
                + "sentiment (negative, neutral, positive); a score is P(positive) \u2212 P(negative), on \u22121\u2026+1."
                + "</p></footer>\n</main>\n</body>\n</html>\n");
    }

    private String overview() {
        return store != null ? storeOverview() : addedOverview();
    }

    /** The overview of a whole store, from its trend views: intervals over threads. */
    private String storeOverview() {
        MoodCell whole = store.whole();
        StringBuilder b = facts(store.threads(), store.span().texts(), whole == null ? null : whole.scored());
        if (store.threads() == 0) {
            return b.append("<p class=\"note\">The store holds no threads.</p>\n").toString();
        }
        if (whole == null || whole.scored() == 0) {
            return b.append("<p class=\"note\">").append(whole == null ? "No text has a time." : "No comment has a "
                    + "sentiment: annotate with the sentiment layer.").append("</p>\n").toString();
        }
        b.append(legend()).append("<h2>Overall mood</h2>\n<p class=\"mood\">Mean score <b>")
                .append(signed(whole.score().value())).append("</b>");
        if (whole.score().hasInterval()) {
            b.append(" (95% CI ").append(TrendCharts.range(whole.score(), true)).append(')');
        }
        b.append(" over ").append(Html.count(whole.scored())).append(" texts in ").append(Html.count(whole.threads()))
                .append(" threads.</p>\n<figure>").append(TrendCharts.shares(whole)).append("<figcaption>Share of all ")
                .append("texts by label. The intervals are over threads: comments of one thread are not independent, ")
                .append("so a thread counts as one draw, weighted by its texts.");
        if (store.span().untimed() > 0) {
            b.append(' ').append(Html.count(store.span().untimed())).append(" texts without a time are not counted here.");
        }
        return b.append("</figcaption></figure>\n").toString();
    }

    /** The overview of the threads added, accumulated as they came. */
    private String addedOverview() {
        StringBuilder b = facts(corpus.threads(), corpus.texts(), corpus.scored());
        if (corpus.threads() == 0) {
            return b.append("<p class=\"note\">The store holds no threads (or none was selected).</p>\n").toString();
        }
        b.append(legend());
        SentimentSummary s = corpus.summary();
        if (s == null) {
            return b.append("<p class=\"note\">No comment has a sentiment: annotate with the sentiment layer.</p>\n").toString();
        }
        b.append("<h2>Overall mood</h2>\n<p class=\"mood\">").append(ThreadSection.label(s.label())).append(", mean score <b>")
                .append(signed(s.score())).append("</b> (95% CI ").append(Html.scoreRange(s.scoreInterval())).append(") over ")
                .append(Html.count(s.comments())).append(" texts.</p>\n<figure>").append(Charts.shares(s, "comments"))
                .append("<figcaption>Share of all comments by label, with 95% Wilson intervals. These intervals treat "
                        + "comments as independent; comments of one thread are not, so across threads read them as "
                        + "the least uncertainty there is.</figcaption></figure>\n");
        return b.toString();
    }

    /** The page's header: the store, its threads and texts, and which threads get a section. */
    private StringBuilder facts(long threads, long texts, Long scored) {
        StringBuilder b = new StringBuilder("<header><h1>ThreadLens report</h1>\n<p class=\"facts\">Store <code>")
                .append(escape(storeName)).append("</code>: <b>").append(Html.count(threads))
                .append(threads == 1 ? " thread" : " threads").append("</b>, <b>").append(Html.count(texts))
                .append(" texts</b> (posts and comments)")
                .append(scored == null ? "." : ", " + Html.count(scored) + " with a sentiment.");
        if (shown < threads) {
            b.append(" Sections follow for the first ").append(shown).append(" threads (limit: --max-threads ")
                    .append(options.maxThreads()).append("); the overview counts all ").append(Html.count(threads))
                    .append(".");
        }
        return b.append("</p>\n</header>\n");
    }

    private void contentsRow(AnnotatedThread r, String anchor) {
        SentimentSummary s = r.summary() == null ? null : r.summary().sentiment();
        String community = ThreadSection.community(r.thread());
        contents.append("<tr><td class=\"n\">").append(shown).append("</td><td><a href=\"#").append(anchor).append("\">")
                .append(escape(Html.excerpt(ThreadSection.title(r.thread()), 90))).append("</a></td><td>")
                .append(community == null ? "" : escape(community)).append("</td><td class=\"n\">")
                .append(Html.count(r.thread().comments().size())).append("</td>");
        if (s == null) {
            contents.append("<td colspan=\"3\" class=\"small\">no sentiment</td></tr>\n");
            return;
        }
        contents.append("<td>").append(ThreadSection.label(s.label())).append("</td><td><span class=\"nw\">")
                .append(MiniCharts.score(s)).append(' ').append(signed(s.score())).append("</span> <span class=\"small nw\">(")
                .append(Html.scoreRange(s.scoreInterval())).append(")</span></td><td><span class=\"nw\">")
                .append(MiniCharts.shares(s)).append("</span> <span class=\"nw\">");
        for (Polarity p : Polarity.values()) {
            contents.append(p == Polarity.NEGATIVE ? "" : " / ").append(Html.percent(s.share(p)));
        }
        contents.append("</span></td></tr>\n");
    }

    /** The colour key: the three labels, and the score scale of the tree's chips. */
    static String legend() {
        StringBuilder b = new StringBuilder("<div class=\"legend\" aria-label=\"colour key\"><b>Colour key:</b> ");
        for (Polarity p : Polarity.values()) {
            b.append("<span class=\"key\"><span class=\"swatch\" style=\"background:").append(Colours.fill(p))
                    .append("\"></span>").append(p.wireName()).append("</span> ");
        }
        b.append("<span class=\"key\"><span class=\"swatch\" style=\"background:#ffffff\"></span>no sentiment</span> ");
        b.append("<span class=\"key\">score \u22121 ");
        Svg scale = new Svg(160, 14, "score scale from -1 (red) through 0 (grey) to +1 (blue)");
        for (int i = 0; i < 40; i++) {
            scale.rect(i * 4, 0, 4, 14, Colours.forScore(-1 + (i + 0.5) / 20.0), null);
        }
        b.append(scale).append(" +1</span></div>\n");
        return b.toString();
    }

    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("report.css is unreadable", e);
        }
    }
}
