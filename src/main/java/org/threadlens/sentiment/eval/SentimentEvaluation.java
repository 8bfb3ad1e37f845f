package org.threadlens.sentiment.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PrfCounts;

/**
 * Three-way comment sentiment against gold labels: accuracy, macro-F1 (the mean of the three classes' F1),
 * per-class precision/recall/F1 and the confusion matrix. A text without a prediction (nothing scorable)
 * counts as predicted neutral.
 */
public final class SentimentEvaluation {
    private final long[][] confusion = new long[3][3];

    /** Adds one text: its gold label and the predicted one (null → neutral). */
    public void add(Polarity gold, Polarity predicted) {
        confusion[gold.ordinal()][(predicted == null ? Polarity.NEUTRAL : predicted).ordinal()]++;
    }

    public long total() {
        long n = 0;
        for (long[] row : confusion) {
            for (long x : row) {
                n += x;
            }
        }
        return n;
    }

    public double accuracy() {
        long right = 0;
        for (int i = 0; i < 3; i++) {
            right += confusion[i][i];
        }
        return total() == 0 ? 0 : right / (double) total();
    }

    public Map<Polarity, PrfCounts> perClass() {
        Map<Polarity, PrfCounts> out = new EnumMap<>(Polarity.class);
        for (Polarity p : Polarity.values()) {
            int k = p.ordinal();
            long tp = confusion[k][k];
            long fp = 0;
            long fn = 0;
            for (int i = 0; i < 3; i++) {
                if (i != k) {
                    fp += confusion[i][k];
                    fn += confusion[k][i];
                }
            }
            out.put(p, new PrfCounts(tp, fp, fn));
        }
        return out;
    }

    public double macroF1() {
        return perClass().values().stream().mapToDouble(PrfCounts::f1).average().orElse(0);
    }

    /** How many texts of gold class {@code gold} were predicted {@code predicted}. */
    public long count(Polarity gold, Polarity predicted) {
        return confusion[gold.ordinal()][predicted.ordinal()];
    }

    /** The confusion matrix as a small table: a header, then one row per gold class, columns predicted. */
    public List<String> formatConfusion() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  %-14s %9s %9s %9s", "gold \\ pred", "negative", "neutral", "positive"));
        for (Polarity g : Polarity.values()) {
            lines.add(String.format(Locale.ROOT, "  %-14s %9d %9d %9d", g.wireName(), count(g, Polarity.NEGATIVE),
                    count(g, Polarity.NEUTRAL), count(g, Polarity.POSITIVE)));
        }
        return lines;
    }
}
