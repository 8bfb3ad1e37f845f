package org.threadlens.report;

import static org.threadlens.report.Html.escape;
import static org.threadlens.report.Html.signed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.analyze.GroupSentiment;
import org.threadlens.analyze.ReplyDynamics;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.analyze.ThreadSummary;
import org.threadlens.annotate.Polarity;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.text.MarkupStyle;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadFlag;

/**
 * One thread's section of the report: its facts and link, its mood with shares and intervals, sentiment by
 * depth and over time, reply dynamics, entities, scorer agreement and the reply tree. Stateless.
 */
final class ThreadSection {
    /** Ids of a negative chain shown at most. */
    static final int CHAIN_SHOWN = 12;

    private ThreadSection() {
    }

    static void render(AnnotatedThread r, String anchor, int maxComments, StringBuilder out) {
        DiscussionThread t = r.thread();
        out.append("<section class=\"thread\" id=\"").append(anchor).append("\">\n<h2>").append(escape(title(t)))
                .append("</h2>\n");
        facts(r, out);
        ThreadSummary summary = r.summary();
        SentimentSummary mood = summary == null ? null : summary.sentiment();
        if (!r.isAnnotated()) {
            out.append("<p class=\"note\">Stored without annotations (structure only): there is nothing to chart.</p>\n");
        } else if (mood == null) {
            out.append("<p class=\"note\">No comment has a sentiment (annotated without the sentiment layer).</p>\n");
        } else {
            sentiment(summary, out);
            dynamics(r, summary.dynamics(), anchor, maxComments, out);
        }
        if (summary != null) {
            out.append("<h3>Entities</h3>\n");
            EntityView.render(summary.entities(), EntityView.leftApart(r), out);
        }
        if (mood != null) {
            out.append("<h3>Which scorers agree</h3>\n");
            ScorerAgreementView.render(r, out);
        }
        out.append("<h3>Reply tree</h3>\n<details open><summary>").append(Html.count(t.comments().size()))
                .append(t.comments().size() == 1 ? " comment" : " comments").append(", coloured by sentiment</summary>\n");
        ReplyTreeView.render(r, anchor, maxComments, out);
        out.append("</details>\n");
        provenance(r, out);
        out.append("</section>\n");
    }

    /** The title as people read it (character references resolved), or a placeholder. */
    static String title(DiscussionThread t) {
        return t.title() == null ? "(untitled thread " + t.id() + ")" : MarkupStyle.PLAIN.preparer().prepare(t.title()).plain();
    }

    /** {@code r/space} for Reddit, the community's own name elsewhere. */
    static String community(DiscussionThread t) {
        return t.community() == null ? null : "reddit".equals(t.platform()) ? "r/" + t.community() : t.community();
    }

    private static void facts(AnnotatedThread r, StringBuilder out) {
        DiscussionThread t = r.thread();
        out.append("<p class=\"facts\">");
        if (community(t) != null) {
            out.append("<b>").append(escape(community(t))).append("</b> \u00b7 ");
        }
        out.append(escape(t.platform())).append(" thread <code>").append(escape(t.id())).append("</code>");
        String link = Html.safeLink(t.url());
        if (link != null) {
            out.append(" \u00b7 <a href=\"").append(escape(link)).append("\" rel=\"noopener noreferrer nofollow\">")
                    .append(escape(Html.excerpt(link, 80))).append("</a>");
        }
        long withSentiment = t.comments().stream()
                .filter(c -> r.annotationsOf(c) != null && r.annotationsOf(c).sentiment() != null).count();
        out.append("<br>").append(Html.count(t.comments().size())).append(" texts (the post and its comments), ")
                .append(Html.count(withSentiment)).append(" with a sentiment");
        if (t.declaredCommentCount() != null) {
            out.append(" \u00b7 the platform counts ").append(Html.count(t.declaredCommentCount())).append(" comments");
        }
        if (t.unfetched() != null) {
            out.append(" \u00b7 ").append(Html.count(t.unfetched().comments())).append(" replies listed but not fetched");
        }
        if (t.has(ThreadFlag.POST_MISSING)) {
            out.append(" \u00b7 <span class=\"flag\">post missing</span>");
        }
        if (t.createdUtc() != null) {
            out.append(" \u00b7 posted ").append(ReplyTreeView.time(t.createdUtc()));
        }
        out.append("</p>\n");
    }

    private static void sentiment(ThreadSummary summary, StringBuilder out) {
        SentimentSummary s = summary.sentiment();
        out.append("<h3>Sentiment</h3>\n<p class=\"mood\">Mood: ").append(label(s.label())).append(", score <b>")
                .append(signed(s.score())).append("</b> (95% CI ").append(Html.scoreRange(s.scoreInterval())).append(") over ")
                .append(Html.count(s.comments())).append(s.comments() == 1 ? " text" : " texts").append(", each weighing one.");
        summary.weighted().forEach((w, ws) -> out.append(" Weighted by ").append(escape(w)).append(": ")
                .append(label(ws.label())).append(' ').append(signed(ws.score())).append(" (95% CI ")
                .append(Html.scoreRange(ws.scoreInterval())).append(")."));
        out.append("</p>\n<figure>").append(Charts.shares(s, "comments"))
                .append("<figcaption>Share of comments by label; the black bars are 95% Wilson intervals.</figcaption>")
                .append("</figure>\n");
        out.append("<div class=\"pair\">");
        group(summary.rollUps().get("depth"), "depth", "Mean score by depth (0 = the post)", out);
        group(summary.rollUps().get("time"), "time since the post", "Mean score over time since the post", out);
        out.append("</div>\n");
    }

    private static void group(List<GroupSentiment> groups, String what, String caption, StringBuilder out) {
        out.append("<figure>");
        if (groups == null || groups.isEmpty()) {
            out.append("<p class=\"note\">No ").append(escape(what)).append(" to group by.</p>");
        } else {
            out.append(Charts.scoreByGroup(groups, what));
        }
        out.append("<figcaption>").append(escape(caption))
                .append("; points are mean scores, bars their 95% bootstrap intervals, n the comments.</figcaption></figure>");
    }

    private static void dynamics(AnnotatedThread r, ReplyDynamics d, String anchor, int maxComments, StringBuilder out) {
        out.append("<h3>Reply dynamics</h3>\n");
        if (d == null || d.shifts().isEmpty()) {
            out.append("<p class=\"note\">No reply and parent both have a sentiment.</p>\n");
            return;
        }
        out.append("<p>Replies that turned negative (negative under a parent that is not): <b>")
                .append(Html.count(d.turnedNegative())).append(" of ").append(Html.count(d.shifts().size()))
                .append("</b> replies, ").append(Html.percent(d.turnedNegativeShare()))
                .append(" (95% CI ").append(Html.percentRange(d.turnedNegativeInterval())).append(") ")
                .append(MiniCharts.share(d.turnedNegativeShare(), d.turnedNegativeInterval(), Polarity.NEGATIVE))
                .append("<br>Mean change of score from parent to reply: ").append(signed(d.meanShift()))
                .append("<br>Longest negative chain (each replying to the previous, all negative): <b>")
                .append(d.longestNegativeChain()).append(d.longestNegativeChain() == 1 ? " comment" : " comments").append("</b>");
        if (!d.chain().isEmpty()) {
            out.append(": ");
            chain(r.thread().comments(), d.chain(), anchor, maxComments, out);
        }
        out.append("</p>\n");
    }

    /**
     * The chain's comment ids joined by arrows, each a link to its row when the tree shows it; a chain longer
     * than {@value #CHAIN_SHOWN} shows its start and its end around the number left out.
     */
    private static void chain(List<Comment> comments, List<String> chain, String anchor, int maxComments, StringBuilder out) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < comments.size(); i++) {
            index.put(comments.get(i).id(), i);
        }
        int head = chain.size() > CHAIN_SHOWN ? CHAIN_SHOWN / 2 : chain.size();
        for (int k = 0; k < chain.size(); k++) {
            if (k == head && k < chain.size() - CHAIN_SHOWN / 2) {
                out.append(" \u2192 \u2026 ").append(chain.size() - CHAIN_SHOWN).append(" more");
                k = chain.size() - CHAIN_SHOWN / 2 - 1;
                continue;
            }
            String id = chain.get(k);
            Integer i = index.get(id);
            out.append(k == 0 ? "" : " \u2192 ");
            if (i != null && i < maxComments) {
                out.append("<a href=\"#").append(ReplyTreeView.anchor(anchor, i)).append("\">").append(escape(id)).append("</a>");
            } else {
                out.append(escape(id));
            }
        }
    }

    static String label(Polarity p) {
        return "<span class=\"lab " + Colours.cssClass(p) + "\">" + p.wireName() + "</span>";
    }

    private static void provenance(AnnotatedThread r, StringBuilder out) {
        var p = r.provenance();
        out.append("<p class=\"small\">Annotated by ThreadLens ").append(escape(p.threadlens()));
        if (p.engine() != null) {
            out.append(" with ").append(escape(p.engine().engine())).append(' ').append(escape(p.engine().version()))
                    .append(" (").append(escape(p.engine().annotators())).append("; config ")
                    .append(escape(p.engine().configHash())).append(')');
        }
        if (!p.layers().isEmpty()) {
            out.append("; layers ").append(escape(p.layers()));
        }
        out.append("; read from ").append(escape(r.thread().source().file())).append(" (")
                .append(escape(r.thread().source().format())).append(").</p>\n");
    }
}
