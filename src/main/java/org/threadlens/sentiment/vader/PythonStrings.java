package org.threadlens.sentiment.vader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few Python 3 {@code str} operations VADER's reference implementation is built on, reproduced so that
 * tokens, lengths and case tests agree with it: {@code split()}, {@code strip(string.punctuation)},
 * {@code len()}, {@code isupper()} and {@code lower()}. Lengths count code points, as Python does.
 *
 * <p>{@code lower()} and the case tests use Java's Unicode tables, which may differ from a given Python's
 * for characters added in later Unicode versions; for the lexicon's words and emoticons they agree.
 */
final class PythonStrings {
    /** Python's {@code string.punctuation}: ASCII only. */
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private PythonStrings() {
    }

    /** Python's {@code str.isspace()} for one code point (whitespace by bidi class WS, B, S or category Zs). */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, 0x0C, '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029,
                    0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /** {@code text.split()}: the runs of non-whitespace, never an empty string. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                if (start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** {@code token.strip(string.punctuation)}: removes ASCII punctuation from both ends. */
    static String stripPunctuation(String token) {
        int begin = 0;
        int end = token.length();
        while (begin < end && PUNCTUATION.indexOf(token.charAt(begin)) >= 0) {
            begin++;
        }
        while (end > begin && PUNCTUATION.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(begin, end);
    }

    /** {@code len(s)}: the number of code points. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code s.isupper()}: at least one cased character, and no lower- or title-case one. */
    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            cased |= Character.isUpperCase(cp);
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** {@code s.lower()}: full Unicode lower-casing, independent of the default locale. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** {@code s.strip()}: removes Python whitespace from both ends. */
    static String strip(String s) {
        int begin = 0;
        int end = s.length();
        while (begin < end && isSpace(s.codePointAt(begin))) {
            begin += Character.charCount(s.codePointAt(begin));
        }
        while (end > begin && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(begin, end);
    }
}
