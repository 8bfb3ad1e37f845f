package org.threadlens.entity.link;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name part of article titles and surface forms, as {@link EntityLinker} compares them: the title without its
 * disambiguator, and the words of a name (lower-case, accents and possessives off, stop words out).
 */
final class TitleNames {
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Words too common to tie a name to a title ("The Donald" is not "The_Beatles"). */
    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "and", "in", "on", "at", "for",
            "to", "de", "la", "le", "el", "du", "del", "da", "di", "von", "van", "der", "den");

    private TitleNames() {
    }

    /**
     * The title's name: without a trailing {@code _(disambiguator)} or {@code ,_disambiguator}, underscores as
     * spaces ({@code Python_(programming_language)} → "Python", {@code Santa_Monica,_California} → "Santa Monica").
     */
    static String baseName(String title) {
        String name = title;
        String paren = TitleKind.parenthetical(name);
        if (paren != null) {
            name = name.substring(0, name.length() - paren.length() - 3);
        }
        int comma = name.indexOf(",_");
        if (comma > 0) {
            name = name.substring(0, comma);
        }
        return name.replace('_', ' ');
    }

    /** A name's words: lower-case, accents and possessives removed, split at anything not a letter or digit. */
    static Set<String> words(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        plain = POSSESSIVE.matcher(plain).replaceAll("").toLowerCase(Locale.ROOT);
        Set<String> words = new LinkedHashSet<>();
        for (String w : NON_WORD.split(plain)) {
            if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** How many space-separated words a surface has ("Hacker News": 2). */
    static int wordCount(String surface) {
        String trimmed = surface.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** Whether a name has at least one upper-case letter or digit (a name worth looking up). */
    static boolean isCapitalised(String name) {
        return name.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Whether a name has at least two letters and none of them lower-case ({@code ILYA}, {@code NASA}). */
    static boolean isAllCapitals(String name) {
        long letters = name.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && name.codePoints().noneMatch(Character::isLowerCase);
    }
}
