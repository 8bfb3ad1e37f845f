package org.threadlens.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.threadlens.analyze.EntitySummary;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

/** The short per-thread summary {@code annotate} prints: thread mood, each comment's sentiment, entities. */
final class ThreadSummaryPrinter {
    private static final int EXCERPT = 60;
    private static final int TOP_ENTITIES = 12;

    private ThreadSummaryPrinter() {
    }

    static void print(AnnotatedThread r, PrintStream out) {
        DiscussionThread t = r.thread();
        StringBuilder head = new StringBuilder("thread ").append(t.id());
        if (t.community() != null) {
            head.append("  r/").append(t.community());
        }
        if (t.title() != null) {
            head.append("  \"").append(excerpt(t.title())).append('"');
        }
        head.append("  ").append(t.comments().size()).append(t.comments().size() == 1 ? " text" : " texts");
        out.println(head);
        SentimentSummary s = r.summary() == null ? null : r.summary().sentiment();
        if (s != null) {
            out.println("  mood: " + s.label().wireName() + String.format(Locale.ROOT, " (score %+.2f over %d texts; ",
                    s.score(), s.comments()) + shares(s) + ")");
        }
        for (Comment c : t.comments()) {
            TextAnnotations a = r.annotationsOf(c);
            CommentSentiment cs = a == null ? null : a.sentiment();
            String sentiment = cs != null ? String.format(Locale.ROOT, "%-9s %+.2f", cs.label().wireName(), cs.score())
                    : a != null && a.language() != null ? "[" + a.language() + "]" : "-";
            out.printf(Locale.ROOT, "  %s%-14s %-18s %-19s %s%n", "  ".repeat(Math.max(0, c.depth())), c.id(),
                    c.author() == null ? "?" : c.author(), sentiment, '"' + excerpt(c.text()) + '"');
        }
        if (r.summary() != null && !r.summary().entities().isEmpty()) {
            List<EntitySummary> top = r.summary().entities().stream().limit(TOP_ENTITIES).toList();
            out.println("  entities: " + top.stream()
                    .map(ThreadSummaryPrinter::entity)
                    .collect(Collectors.joining(", "))
                    + (r.summary().entities().size() > TOP_ENTITIES ? ", ..." : ""));
        }
    }

    /**
     * {@code Ilya Sutskever (PERSON ×3, negative -0.41, wiki Ilya_Sutskever)}: an entity, its mentions, what the
     * thread thinks of it and its Wikipedia article where linked.
     */
    private static String entity(EntitySummary e) {
        StringBuilder b = new StringBuilder(e.name()).append(" (").append(e.type());
        if (e.mentions() > 1) {
            b.append(" \u00d7").append(e.mentions());
        }
        if (e.quotedMentions() > 0) {
            b.append(", quoted \u00d7").append(e.quotedMentions());
        }
        if (e.sentiment() != null) {
            b.append(String.format(Locale.ROOT, ", %s %+.2f", e.sentiment().label().wireName(), e.sentiment().score()));
        }
        if (e.link() != null) {
            b.append(", wiki ").append(e.link());
        }
        return b.append(')').toString();
    }

    /** {@code negative 40% (12–77%)}: each share with its 95% interval, so small threads are not over-read. */
    private static String shares(SentimentSummary s) {
        return java.util.Arrays.stream(Polarity.values())
                .map(p -> String.format(Locale.ROOT, "%s %.0f%% (%.0f\u2013%.0f%%)", p.wireName(), 100 * s.share(p),
                        100 * s.shareInterval(p).low(), 100 * s.shareInterval(p).high()))
                .collect(Collectors.joining(", "));
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 3) + "...";
    }
}
