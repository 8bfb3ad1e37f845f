package org.threadlens.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadTree;

/**
 * Comment sentiment grouped: by author, by depth, by time since the post, by subtree (each top comment with
 * its replies). Every comment weighs one; each group carries its counts and intervals, so that a group of
 * two comments is not read like one of two hundred.
 */
public final class RollUps {
    /** Time buckets, in hours since the post: their upper bounds (the last is open). */
    static final double[] BUCKET_HOURS = {1, 3, 6, 12, 24, 48};
    static final String[] BUCKET_NAMES = {"0-1h", "1-3h", "3-6h", "6-12h", "12-24h", "24-48h", "48h+"};
    /** Depths from here on are grouped together. */
    static final int DEEP = 10;

    private RollUps() {
    }

    /** The roll-ups by dimension: {@code author}, {@code depth}, {@code time}, {@code subtree}. */
    public static Map<String, List<GroupSentiment>> of(ThreadAnnotations annotations) {
        DiscussionThread t = annotations.thread();
        ThreadTree tree = t.tree();
        Long start = t.createdUtc() != null ? t.createdUtc()
                : t.comments().stream().map(Comment::createdUtc).filter(java.util.Objects::nonNull).min(Long::compare).orElse(null);
        Map<String, List<GroupSentiment>> out = new LinkedHashMap<>();
        out.put("author", group(annotations, c -> c.author() == null ? "?" : c.author(), false));
        out.put("depth", group(annotations, c -> c.depth() >= DEEP ? DEEP + "+" : Integer.toString(c.depth()), true));
        out.put("time", group(annotations, c -> timeBucket(c, start), true));
        out.put("subtree", group(annotations, c -> topComment(c, tree), true));
        return out;
    }

    /**
     * @param keyOrder whether groups keep the order their first comment appears in (depth, time, subtree) or
     *                 are sorted by size, largest first (authors)
     */
    private static List<GroupSentiment> group(ThreadAnnotations a, Function<Comment, String> key, boolean keyOrder) {
        Map<String, SentimentStats> groups = keyOrder ? new TreeMap<>(RollUps::naturalOrder) : new LinkedHashMap<>();
        for (Comment c : a.thread().comments()) {
            TextAnnotations ta = a.of(c);
            String k = key.apply(c);
            if (ta.sentiment() == null || k == null) {
                continue;
            }
            groups.computeIfAbsent(k, x -> new SentimentStats()).add(ta.sentiment(), 1);
        }
        List<GroupSentiment> out = new ArrayList<>();
        groups.forEach((k, stats) -> out.add(new GroupSentiment(k, stats.summary())));
        if (!keyOrder) {
            out.sort((x, y) -> Integer.compare(y.sentiment().comments(), x.sentiment().comments()));
        }
        return out;
    }

    static String timeBucket(Comment c, Long start) {
        if (c.createdUtc() == null || start == null) {
            return null;
        }
        double hours = Math.max(0, c.createdUtc() - start) / 3600.0;
        for (int i = 0; i < BUCKET_HOURS.length; i++) {
            if (hours < BUCKET_HOURS[i]) {
                return BUCKET_NAMES[i];
            }
        }
        return BUCKET_NAMES[BUCKET_NAMES.length - 1];
    }

    /** The id of the top comment whose subtree holds {@code c} (the post has none). */
    static String topComment(Comment c, ThreadTree tree) {
        if (c.isPost()) {
            return null;
        }
        Comment top = c;
        for (Comment a : tree.ancestors(c)) {
            if (!a.isPost()) {
                top = a;
            }
        }
        return top.id();
    }

    /** Numbers and time buckets in their natural order ("2" before "10", "1-3h" before "12-24h"). */
    static int naturalOrder(String a, String b) {
        int na = leadingNumber(a);
        int nb = leadingNumber(b);
        return na != nb ? Integer.compare(na, nb) : a.compareTo(b);
    }

    private static int leadingNumber(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i == 0 ? Integer.MAX_VALUE : Integer.parseInt(s.substring(0, Math.min(i, 9)));
    }
}
