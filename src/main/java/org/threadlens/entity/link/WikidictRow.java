package org.threadlens.entity.link;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kept row of the dictionary, and the rules that keep it ({@link #parse}).
 *
 * @param surface the surface form, as written (case-sensitive)
 * @param article the article title, underscores for spaces
 * @param score   the probability the surface names the article, in [0, 1]
 */
record WikidictRow(String surface, String article, float score) {
    /** Longest surface kept, in code points: longer ones are sentences and page titles, not names. */
    static final int MAX_SURFACE = 80;

    private static final Pattern LOWER_PREFIX = Pattern.compile("^[a-z]{2,4}:");
    private static final Pattern NAMESPACE = Pattern.compile(
            "^(Category|File|Image|Template|Portal|Talk|User|Help|Special|Media|MediaWiki|Module|Draft|Book"
                    + "|Wikipedia|Wiktionary|WP|WT):", Pattern.CASE_INSENSITIVE);

    WikidictRow {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(article, "article");
    }

    /** A parsed line: exactly one of {@code row} and {@code skipped} is set. */
    record Parsed(WikidictRow row, SkipReason skipped) {
    }

    /** Parses one line of the table, or says which {@link SkipReason} leaves it out. */
    static Parsed parse(String line) {
        int tab1 = line.indexOf('\t');
        int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
        if (tab1 <= 0 || tab2 <= tab1 + 1 || tab2 == line.length() - 1 || line.indexOf('\t', tab2 + 1) >= 0) {
            return new Parsed(null, SkipReason.FIELDS);
        }
        float score;
        try {
            score = Float.parseFloat(line.substring(tab2 + 1));
        } catch (NumberFormatException e) {
            return new Parsed(null, SkipReason.SCORE);
        }
        if (!(score >= 0 && score <= 1)) {
            return new Parsed(null, SkipReason.SCORE);
        }
        String surface = line.substring(0, tab1);
        String article = line.substring(tab1 + 1, tab2);
        SkipReason junk = junk(surface, article);
        return junk == null ? new Parsed(new WikidictRow(surface, article, score), null) : new Parsed(null, junk);
    }

    /** Why a surface is junk, or null if it is kept; the order is {@link SkipReason}'s. */
    static SkipReason junk(String surface, String article) {
        if (surface.codePointCount(0, surface.length()) > MAX_SURFACE) {
            return SkipReason.TOO_LONG;
        }
        if (surface.contains("://") || surface.regionMatches(true, 0, "www.", 0, 4)) {
            return SkipReason.URL;
        }
        if (surface.startsWith("yago:")) {
            return SkipReason.YAGO;
        }
        if (surface.indexOf(':') > 0
                && (LOWER_PREFIX.matcher(surface).find() || NAMESPACE.matcher(surface).find())) {
            return SkipReason.PREFIX;
        }
        if (mentionsWiki(surface) && !mentionsWiki(article)) {
            return SkipReason.WIKI;
        }
        return null;
    }

    private static boolean mentionsWiki(String s) {
        return s.toLowerCase(Locale.ROOT).contains("wiki");
    }
}
