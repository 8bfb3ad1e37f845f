package org.threadlens.sentiment.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.threadlens.annotate.Polarity;

/**
 * How often two scorers give a comment the same polarity, over the comments both scored: the agreement
 * users should see before trusting any one of them.
 */
public final class ScorerAgreement {
    private final Map<String, long[]> pairs = new TreeMap<>();

    /** Adds one comment's polarities by scorer (scorers absent for this comment are left out). */
    public void add(Map<String, Polarity> byScorer) {
        List<String> names = new ArrayList<>(new TreeMap<>(byScorer).keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                long[] c = pairs.computeIfAbsent(names.get(i) + " ~ " + names.get(j), k -> new long[2]);
                c[0] += byScorer.get(names.get(i)) == byScorer.get(names.get(j)) ? 1 : 0;
                c[1]++;
            }
        }
    }

    /** The share of comments on which each pair agrees. */
    public Map<String, Double> rates() {
        Map<String, Double> out = new TreeMap<>();
        pairs.forEach((k, c) -> out.put(k, c[1] == 0 ? 0 : c[0] / (double) c[1]));
        return out;
    }

    public List<String> format() {
        List<String> lines = new ArrayList<>();
        pairs.forEach((k, c) -> lines.add(String.format(Locale.ROOT, "  %-20s %.3f  (%d comments)", k,
                c[1] == 0 ? 0 : c[0] / (double) c[1], c[1])));
        return lines;
    }
}
