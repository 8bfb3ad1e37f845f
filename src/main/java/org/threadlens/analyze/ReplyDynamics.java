package org.threadlens.analyze;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.thread.Comment;

/**
 * How the mood moves through the replies.
 *
 * @param shifts          for each reply whose parent is in the thread and both have a sentiment: its score
 *                        minus its parent's, in [-2, 2], by reply id in thread order
 * @param turnedNegative  replies that are negative under a parent that is not
 * @param turnedNegativeShare {@code turnedNegative} over the replies with a shift, with its 95% Wilson interval
 * @param meanShift       the mean of the shifts (0 with none)
 * @param longestNegativeChain the most comments in a row, each replying to the previous, all negative
 * @param chain           the ids of one such chain, top first
 */
public record ReplyDynamics(Map<String, Double> shifts, int turnedNegative, double turnedNegativeShare,
                            Interval turnedNegativeInterval, double meanShift, int longestNegativeChain,
                            List<String> chain) {
    public ReplyDynamics {
        shifts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shifts));
        chain = List.copyOf(chain);
    }

    public static ReplyDynamics of(ThreadAnnotations a) {
        Map<String, Double> shifts = new LinkedHashMap<>();
        Map<String, Integer> negativeRun = new HashMap<>();
        Map<String, String> runParent = new HashMap<>();
        int turned = 0;
        String chainEnd = null;
        int longest = 0;
        for (Comment c : a.thread().comments()) {
            CommentSentiment s = a.of(c).sentiment();
            CommentSentiment parent = c.parentId() == null || !a.comments().containsKey(c.parentId()) ? null
                    : a.comments().get(c.parentId()).sentiment();
            if (s != null && parent != null) {
                shifts.put(c.id(), s.score() - parent.score());
                if (s.label() == Polarity.NEGATIVE && parent.label() != Polarity.NEGATIVE) {
                    turned++;
                }
            }
            if (s != null && s.label() == Polarity.NEGATIVE) {
                int run = 1 + (c.parentId() == null ? 0 : negativeRun.getOrDefault(c.parentId(), 0));
                negativeRun.put(c.id(), run);
                runParent.put(c.id(), c.parentId());
                if (run > longest) {
                    longest = run;
                    chainEnd = c.id();
                }
            }
        }
        double mean = shifts.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double share = shifts.isEmpty() ? 0 : turned / (double) shifts.size();
        return new ReplyDynamics(shifts, turned, share, Interval.wilson(turned, shifts.size()), mean, longest,
                chain(chainEnd, longest, runParent));
    }

    private static List<String> chain(String end, int length, Map<String, String> parent) {
        java.util.ArrayDeque<String> ids = new java.util.ArrayDeque<>();
        for (String id = end; id != null && ids.size() < length; id = parent.get(id)) {
            ids.addFirst(id);
        }
        return List.copyOf(ids);
    }
}
