package org.threadlens.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.TextAnnotations;

/**
 * Rules that hold on any text, one mention at a time. First the words at either end that are no part of a
 * name are trimmed off ({@link #trimmed}); then a mention that breaks a rule is dropped (the engine recognised
 * no name there). Trims and drops are counted by the caller's {@link ResolutionCounts}.
 * <ul>
 *   <li>{@link Rule#URL_OR_MARKUP}: no URL ({@code https://}, {@code www.}) and no code or markup character
 *       (a backtick, {@code * [ ] | < > { } =}) inside a name: "Source - https://www.reddit.com/r/..." is no
 *       PERSON;</li>
 *   <li>{@link Rule#INTERJECTION}: interjections, chat acronyms and thread vocabulary ("Welp", "LMAO", "Edit",
 *       "OP") are not names; the list is {@code interjections.txt} beside this class;</li>
 *   <li>{@link Rule#LOWER_CASE_PERSON}: in a text that uses capitals, a PERSON written all in lower case is a
 *       common noun when one of its words is in {@code common-nouns.txt} (English nouns that are also names:
 *       "a rose bush" gives no PERSON "bush") or all of them are nouns in CoreNLP's own animacy lists ("the
 *       prophet"). Other lower-case names stand: commenters write "kendrick" and "lil wayne" in otherwise
 *       capitalised text (on WNUT-17 dev, dropping every lower-case PERSON lost more names than it removed
 *       errors). In an all-lower-case text case says nothing.</li>
 * </ul>
 * Numbers, times and platform mentions ({@code u/name}, {@code r/name}) are left alone. Thread-safe.
 */
final class MentionRules {
    /** Why a mention was dropped. */
    enum Rule { URL_OR_MARKUP, INTERJECTION, LOWER_CASE_PERSON }

    private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.|\\.com/");
    private static final Pattern MARKUP = Pattern.compile("[`*\\[\\]|<>{}=]");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern LAUGHTER = Pattern.compile("(?:a?h[aeiu])+h?|(?:lo)+l|x+d+|lmf?a+o+|ro+fl|he+h+e*");
    private static final Set<String> INTERJECTIONS = WordLists.load("interjections.txt");
    private static final Set<String> COMMON_NOUNS = WordLists.load("common-nouns.txt");
    /**
     * CoreNLP's own lists of English nouns by animacy (from its coreference models, in the models jar every run
     * has): 115,000 words, lower-case entries only (its capitalised entries are names).
     */
    private static final Set<String> CORENLP_NOUNS = WordLists.loadLowerCaseEntries(
            "/edu/stanford/nlp/models/dcoref/animate.unigrams.txt", "/edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt");

    private MentionRules() {
    }

    /** The text's mentions that break no rule; the broken rules counted into {@code counts}. */
    static List<EntityMention> apply(TextAnnotations text, String source, ResolutionCounts counts) {
        boolean cased = source.codePoints().anyMatch(Character::isUpperCase);
        List<EntityMention> kept = new ArrayList<>(text.entities().size());
        for (EntityMention m : text.entities()) {
            if (!EntityNames.isNamed(m.type())) {
                kept.add(m);
                continue;
            }
            EntityMention t = trimmed(m);
            Rule broken = t == null ? Rule.INTERJECTION : broken(t, cased);
            if (broken != null) {
                counts.dropped(broken);
            } else {
                if (t != m) {
                    counts.trimmed();
                }
                kept.add(t);
            }
        }
        return kept;
    }

    /**
     * The mention without the words at either end that are no part of a name: interjections ("Hi Fleur"),
     * laughter ("Mariah hahaha", "Jimmy xD") and words without a letter or digit ("Morty 😂"); the mention
     * itself if there are none, null if nothing is left.
     */
    static EntityMention trimmed(EntityMention m) {
        String s = m.text();
        Matcher w = WORD.matcher(s);
        int from = -1;
        int to = -1;
        while (w.find()) {
            if (!isJunk(w.group())) {
                from = from < 0 ? w.start() : from;
                to = w.end();
            }
        }
        if (from < 0) {
            return null;
        }
        if (from == 0 && to == s.length()) {
            return m;
        }
        int begin = m.begin() + s.codePointCount(0, from);
        int end = m.begin() + s.codePointCount(0, to);
        return new EntityMention(s.substring(from, to), m.type(), begin, end, m.sentence(), m.quoted(), m.normalized(),
                m.entity(), m.link(), m.ambiguous());
    }

    /** Whether a word (any case) is a common noun that is also a name, or an interjection. */
    static boolean isCommonWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return COMMON_NOUNS.contains(w) || INTERJECTIONS.contains(w);
    }

    private static boolean isJunk(String word) {
        String[] words = EntityNames.words(word);
        return words.length == 0 || word.codePoints().noneMatch(Character::isLetterOrDigit)
                || (words.length == 1 && (INTERJECTIONS.contains(words[0]) || LAUGHTER.matcher(words[0]).matches()));
    }

    /** The rule a named mention breaks, or null. */
    static Rule broken(EntityMention m, boolean textIsCased) {
        String s = m.text();
        if (URL.matcher(s).find() || MARKUP.matcher(s).find()) {
            return Rule.URL_OR_MARKUP;
        }
        String[] words = EntityNames.words(s);
        if (words.length == 1 && INTERJECTIONS.contains(words[0])) {
            return Rule.INTERJECTION;
        }
        if (textIsCased && m.type().equals(EntityNames.PERSON) && !EntityNames.hasCapital(s)
                && (Arrays.stream(words).anyMatch(COMMON_NOUNS::contains)
                    || Arrays.stream(words).allMatch(CORENLP_NOUNS::contains))) {
            return Rule.LOWER_CASE_PERSON;
        }
        return null;
    }
}
