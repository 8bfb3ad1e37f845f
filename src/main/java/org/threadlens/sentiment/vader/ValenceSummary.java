package org.threadlens.sentiment.vader;

import static org.threadlens.sentiment.vader.VaderRules.ALPHA;
import static org.threadlens.sentiment.vader.VaderRules.EXCLAMATION_WEIGHT;
import static org.threadlens.sentiment.vader.VaderRules.MAX_EXCLAMATIONS;
import static org.threadlens.sentiment.vader.VaderRules.MAX_QUESTION;
import static org.threadlens.sentiment.vader.VaderRules.QUESTION_WEIGHT;

/**
 * From per-token valences to {@link VaderScores}, as the reference's {@code score_valence}: the sum, pushed
 * away from zero by the emphasis of ! and ?, normalised to the compound; and the "sift" into positive,
 * negative and neutral proportions, where each non-zero valence counts one more than its magnitude (so a
 * neutral word weighs 1) and the emphasis goes to the dominant side.
 *
 * <p>Sums are taken left to right in doubles, as Python before 3.12 did (3.12's {@code sum} compensates
 * rounding; the difference is far below the published 4 decimals).
 */
final class ValenceSummary {
    private ValenceSummary() {
    }

    static VaderScores scores(double[] sentiments, String text) {
        if (sentiments.length == 0) {
            return VaderScores.NONE;
        }
        double sum = 0;
        for (double s : sentiments) {
            sum += s;
        }
        double emphasis = emphasis(text);
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        double compound = normalize(sum);

        double positive = 0;
        double negative = 0;
        int neutral = 0;
        for (double s : sentiments) {
            if (s > 0) {
                positive += s + 1;
            } else if (s < 0) {
                negative += s - 1;
            } else {
                neutral++;
            }
        }
        if (positive > Math.abs(negative)) {
            positive += emphasis;
        } else if (positive < Math.abs(negative)) {
            negative -= emphasis;
        }
        double total = positive + Math.abs(negative) + neutral;
        return new VaderScores(Math.abs(negative / total), Math.abs(neutral / total), Math.abs(positive / total),
                compound);
    }

    /** {@code x / sqrt(x² + 15)}, clamped to [−1, 1]. */
    static double normalize(double score) {
        double normalized = score / Math.sqrt(score * score + ALPHA);
        return Math.max(-1.0, Math.min(1.0, normalized));
    }

    /** Up to four ! weigh 0.292 each; two or three ? weigh 0.18 each, four or more 0.96 in all. */
    static double emphasis(String text) {
        int exclamations = 0;
        int questions = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            exclamations += c == '!' ? 1 : 0;
            questions += c == '?' ? 1 : 0;
        }
        double ep = Math.min(exclamations, MAX_EXCLAMATIONS) * EXCLAMATION_WEIGHT;
        double qm = questions <= 1 ? 0 : questions <= 3 ? questions * QUESTION_WEIGHT : MAX_QUESTION;
        return ep + qm;
    }
}
