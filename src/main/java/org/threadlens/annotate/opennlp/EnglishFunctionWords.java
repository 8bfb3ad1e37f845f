package org.threadlens.annotate.opennlp;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap test that lets the language detector skip its model on text that is plainly English: English
 * function words make up at least {@value #MIN_SHARE_PERCENT}% of the words, and at least
 * {@value #MIN_HITS} of them occur. The detector's model weighs every character 1- to 3-gram against 103
 * languages; on English comments that was 2 % of ThreadLens's CPU beside CoreNLP's.
 *
 * <p>The words are ones that are not also common words of another language written in Latin letters: "was"
 * (German), "is", "in", "we" (Dutch), "to", "my" (Polish), "me", "he", "has" (Spanish), "for", "just"
 * (Scandinavian), "will", "her" (German) and "but" (French) are left out. {@code LanguageDetectionIT} checks
 * on the shared corpora that no text this test calls English is one the model calls foreign.
 *
 * <p>Stateless and thread-safe.
 */
final class EnglishFunctionWords {
    /** At least this many function words must occur. */
    static final int MIN_HITS = 2;
    /** They must be at least this share of the words, in percent. */
    static final int MIN_SHARE_PERCENT = 15;

    private static final Set<String> WORDS = Set.of(
            "the", "and", "you", "that", "with", "this", "have", "what", "not", "they", "your", "would", "about",
            "there", "their", "because", "it's", "don't", "i'm", "i've", "that's", "doesn't", "didn't", "can't",
            "won't", "isn't", "wasn't", "could", "should", "which", "when", "where", "who", "how", "why",
            "these", "those", "been", "being", "were", "had", "does", "did", "like", "really", "think",
            "people", "know", "something", "anything", "everything", "them", "she", "his", "it", "our");

    private EnglishFunctionWords() {
    }

    /** Whether {@code text} is plainly English by its function words (false says nothing either way). */
    static boolean plainlyEnglish(String text) {
        int words = 0;
        int hits = 0;
        int at = 0;
        int n = text.length();
        while (at < n) {
            while (at < n && !isWordChar(text.charAt(at))) {
                at++;
            }
            int begin = at;
            while (at < n && isWordChar(text.charAt(at))) {
                at++;
            }
            if (at > begin) {
                words++;
                if (at - begin <= 10 && WORDS.contains(normalized(text, begin, at))) {
                    hits++;
                }
            }
        }
        return hits >= MIN_HITS && hits * 100 >= MIN_SHARE_PERCENT * words;
    }

    /** Letters, digits and apostrophes (straight or typographic) make words. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }

    private static String normalized(String text, int begin, int end) {
        return text.substring(begin, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
