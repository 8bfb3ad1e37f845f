package org.threadlens.report;

import static org.threadlens.report.Html.escape;
import static org.threadlens.report.Html.signed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.text.MarkupStyle;
import org.threadlens.text.PreparedText;
import org.threadlens.text.TextPreparer;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;

/**
 * A thread's reply tree as an indented list, in thread order (pre-order: a parent precedes its replies): one
 * row per comment, indented by its depth and coloured by its sentiment (class {@code pol-negative},
 * {@code pol-neutral}, {@code pol-positive}, {@code pol-none} without sentiment; the score chip's colour
 * follows the score), with its label, score, author, depth, points, time, flags ({@code quotes} where it
 * quotes others' words, which its sentiment leaves out) and an excerpt of what the author wrote (the text as
 * the annotator read it: markup and character references resolved, quote marks gone).
 *
 * <p>Limit: at most {@code maxComments} rows, the first in thread order; the page says how many were left out.
 * Each row's id is {@code <threadAnchor>-c<index>}, its index in thread order, so links work whatever
 * characters the platform's ids hold. Stateless.
 */
final class ReplyTreeView {
    /** Code points of a comment shown in its row. */
    static final int EXCERPT = 180;
    /** Rows are indented up to this depth; deeper rows say their depth in text. */
    private static final int MAX_INDENT = 16;
    /** The words a preparer puts in place of a URL or inline code. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\b(?:link|code)\\b");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ReplyTreeView() {
    }

    /** The anchor id of the comment at {@code index} in thread order. */
    static String anchor(String threadAnchor, int index) {
        return threadAnchor + "-c" + index;
    }

    static void render(AnnotatedThread r, String threadAnchor, int maxComments, StringBuilder out) {
        List<Comment> comments = r.thread().comments();
        int shown = Math.min(maxComments, comments.size());
        if (shown < comments.size()) {
            out.append("<p class=\"note cap\">The tree shows the first ").append(Html.count(shown)).append(" of ")
                    .append(Html.count(comments.size())).append(" comments in thread order (limit: --max-comments ")
                    .append(maxComments).append("); the charts and counts above include every comment.</p>\n");
        }
        TextPreparer preparer = MarkupStyle.forPlatform(r.thread().platform()).preparer();
        out.append("<ol class=\"tree\">\n");
        for (int i = 0; i < shown; i++) {
            row(comments.get(i), r.annotationsOf(comments.get(i)), anchor(threadAnchor, i), preparer, out);
        }
        out.append("</ol>\n");
    }

    private static void row(Comment c, TextAnnotations a, String id, TextPreparer preparer, StringBuilder out) {
        CommentSentiment s = a == null ? null : a.sentiment();
        Polarity p = s == null ? null : s.label();
        out.append("<li class=\"c ").append(Colours.cssClass(p)).append("\" id=\"").append(id).append("\" data-id=\"")
                .append(escape(c.id())).append('"');
        if (c.depth() > 0) {
            out.append(" style=\"margin-left:").append(Math.min(c.depth(), MAX_INDENT) * 18).append("px\"");
        }
        out.append(" title=\"").append(escape(tooltip(c, a))).append("\">");
        if (s == null) {
            out.append("<span class=\"chip\">n/a</span><span class=\"lab\">no sentiment</span>");
        } else {
            out.append("<span class=\"chip\" style=\"background:").append(Colours.forScore(s.score())).append("\">")
                    .append(signed(s.score())).append("</span><span class=\"lab\">").append(p.wireName()).append("</span>");
        }
        out.append("<span class=\"au\">").append(escape(c.author() == null ? "?" : c.author())).append("</span>");
        out.append("<span class=\"meta\">").append(c.isPost() ? "post" : "depth " + c.depth());
        if (c.score() != null) {
            out.append(" \u00b7 ").append(c.score()).append(Math.abs(c.score()) == 1 ? " point" : " points");
        }
        if (c.createdUtc() != null) {
            out.append(" \u00b7 ").append(time(c.createdUtc()));
        }
        for (CommentFlag f : c.flags()) {
            out.append(" <span class=\"flag\">").append(f.wireName()).append("</span>");
        }
        if (a != null && !a.quotes().isEmpty()) {
            out.append(" <span class=\"flag\">quotes</span>");
        }
        String excerpt = excerpt(c, preparer);
        out.append("</span><span class=\"ex\">").append(excerpt.isEmpty() ? "<i>(no text)</i>" : escape(excerpt))
                .append("</span></li>\n");
    }

    /** {@code 2026-01-01 12:05 UTC}. */
    static String time(long epochSeconds) {
        return TIME.format(Instant.ofEpochSecond(epochSeconds)) + " UTC";
    }

    /**
     * What the author wrote, as the annotator read it but with each placeholder word ({@code link} for a URL,
     * {@code code} for inline code) back to what it stands for, shortened; deleted and removed bodies as they are.
     */
    static String excerpt(Comment c, TextPreparer preparer) {
        if (c.has(CommentFlag.DELETED) || c.has(CommentFlag.REMOVED)) {
            return Html.excerpt(c.text(), EXCERPT);
        }
        PreparedText p = preparer.prepare(c.text());
        Matcher m = PLACEHOLDER.matcher(p.plain());
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(p.wordFor(m.start(), m.end(), m.group())));
        }
        return Html.excerpt(m.appendTail(b).toString(), EXCERPT);
    }

    /** The comment's id, its distribution and method, and each scorer's reading. */
    private static String tooltip(Comment c, TextAnnotations a) {
        StringBuilder b = new StringBuilder("id ").append(c.id());
        CommentSentiment s = a == null ? null : a.sentiment();
        if (s != null) {
            b.append(String.format(Locale.ROOT, "; P(negative) %.2f, P(neutral) %.2f, P(positive) %.2f (%s)",
                    s.distribution().negative(), s.distribution().neutral(), s.distribution().positive(), s.method()));
        }
        if (a != null) {
            for (ScorerSentiment sc : a.scores().values()) {
                b.append("; ").append(sc.scorer()).append(' ').append(Polarity.of(sc.label()).wireName()).append(' ')
                        .append(signed(sc.score()));
            }
        }
        return b.toString();
    }
}
