package org.threadlens.entity.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a thread-level entity names an English Wikipedia article, leaving it unlinked rather than
 * guessing. The rules, in the order they are applied (each a method below, each tested with its example):
 * <ol>
 *   <li><b>Types</b> ({@link #coarseType}): only PERSON, LOCATION (and CoreNLP's CITY, STATE_OR_PROVINCE, COUNTRY),
 *       ORGANIZATION, PRODUCT and MISC are linked; anything else is {@code type-not-linked}.</li>
 *   <li><b>What is looked up</b> ({@link #surfacesToTry}): the fullest name first, exactly as written; only names
 *       with an upper-case letter or digit ("trump" alone is {@code lower-case}: its entry is
 *       {@code Trump_(card_games)}); if the fullest name has no entry, the other capitalised surface forms, longest
 *       first. A single-word PERSON form is tried only when it is the fullest name: "Sutskever" is not looked up
 *       for "Ilya Sutskever". The first surface with an entry is judged; none is {@code no-entry}.</li>
 *   <li><b>A PRODUCT's software sense</b> ({@link #typedTitle}): a PRODUCT whose name with a software kind's
 *       disambiguator is an article links there ("Rust" → {@code Rust_(programming_language)}, {@code typed-title}).</li>
 *   <li><b>Entities only</b> ({@link TitleMatch#isEntityArticle}): disambiguation pages and lists are {@code not-an-entity}.</li>
 *   <li><b>Case</b> ({@link TitleMatch#isCaseMismatch}): an all-capitals title for a surface that is not all capitals is
 *       {@code case-mismatch} ("Ilya" → {@code ILYA}).</li>
 *   <li><b>Name</b> ({@link TitleMatch#sharesWord}): the title without its disambiguator must share a word with the surface
 *       ("Obama" → {@code Barack_Obama} passes; "San Francisco" → {@code Santa_Monica,_California}, an error in the
 *       data, does not; "Open AI" → {@code OpenAI} passes: the same words written together). When it does not, a
 *       surface of two or more words that is itself an article links to that title, where the rejected entry
 *       was confident ({@code exact-title},
 *       {@link #exactTitle}); otherwise {@code name-mismatch}.</li>
 *   <li><b>Type</b> ({@link TitleMatch#isTypeCompatible}): the title's kind ({@link TitleKind}) must suit the entity's type:
 *       a PERSON links only to a person or an article of unknown kind ("Bone" → {@code Bone_(comics)} is
 *       {@code type-mismatch}); a LOCATION not to a person or a work; an ORGANIZATION not to a person; a PRODUCT not
 *       to a person or a place; MISC to anything.</li>
 *   <li><b>One name</b> ({@link TitleMatch#isPersonForOneName}): a one-word PERSON name links only to a person's article
 *       of two or more words ending with it, or with a person's disambiguator ({@code one-name}).</li>
 *   <li><b>Score</b> ({@link #minScore}): the dictionary's probability must reach {@link Options#multiWord()} (0.5)
 *       for names of two or more words ("Richard Smith" at 0.38 is a page of many Richard Smiths) and
 *       {@link Options#singleWord()} (0.9) for one word ("Go" → {@code Go_(game)} at 0.29, "Washington" at 0.65 and
 *       "Trump" → {@code Donald_Trump} at 0.51 are {@code low-score}; "Obama" → {@code Barack_Obama} at 0.94 is
 *       linked). A thread that writes the full name links through it ("Donald Trump", 0.99).</li>
 * </ol>
 * Immutable; thread-safe when its dictionary is.
 */
public final class EntityLinker {
    /** The version of these rules, for provenance: a change to any rule or default changes it. */
    public static final String VERSION = "link-2";

    /**
     * Minimum dictionary scores, each in [0, 1].
     *
     * @param multiWord        for a name of two or more words
     * @param singleWord       for a one-word name
     * @param singleWordPerson for a one-word PERSON name (a surname or first name alone)
     */
    public record Options(double multiWord, double singleWord, double singleWordPerson) {
        public Options {
            for (double d : new double[] {multiWord, singleWord, singleWordPerson}) {
                if (!(d >= 0 && d <= 1)) {
                    throw new IllegalArgumentException("minimum link score " + d + " is not in [0, 1]");
                }
            }
        }

        /**
         * 0.5, 0.9 and 0.9: on the first hand-checked sample (260 linked mentions, docs/entities.md), one-word
         * names below 0.9 were right 28 times and wrong 17 (rare words and nicknames whose only article is
         * another thing); above it, 107 and 6.
         */
        public static Options defaults() {
            return new Options(0.5, 0.9, 0.9);
        }
    }

    private static final Map<String, String> TYPES = Map.of("PERSON", "PERSON", "LOCATION", "LOCATION",
            "CITY", "LOCATION", "STATE_OR_PROVINCE", "LOCATION", "COUNTRY", "LOCATION",
            "ORGANIZATION", "ORGANIZATION", "PRODUCT", "PRODUCT", "MISC", "MISC");

    /** Disambiguators of software kinds, in the order they are tried for a PRODUCT. */
    private static final List<String> PRODUCT_KINDS = List.of("programming_language", "software", "operating_system",
            "video_game", "web_browser");

    private final LinkDictionary dictionary;
    private final Options options;

    public EntityLinker(LinkDictionary dictionary, Options options) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Decides for one entity. */
    public LinkDecision decide(LinkQuery query) {
        String type = coarseType(query.type());
        if (type == null) {
            return unlinked(LinkDecision.Reason.TYPE_NOT_LINKED, query.name(), null);
        }
        List<String> tries = surfacesToTry(query, type);
        if (tries.isEmpty()) {
            return unlinked(LinkDecision.Reason.LOWER_CASE, query.name(), null);
        }
        Optional<LinkDecision> typed = typedTitle(tries.get(0), type);
        if (typed.isPresent()) {
            return typed.get();
        }
        for (String surface : tries) {
            Optional<Candidate> candidate = dictionary.lookup(surface);
            if (candidate.isPresent()) {
                return judge(surface, candidate.get(), type);
            }
        }
        return unlinked(LinkDecision.Reason.NO_ENTRY, tries.get(0), null);
    }

    /**
     * For a PRODUCT, the article of its name with a software kind's disambiguator, where one exists: the
     * gazetteer types "Rust" and "Go"-like names PRODUCT because discussions mean the language or program, while
     * the dictionary, without context, gives the commonest sense (Rust, the corrosion).
     */
    Optional<LinkDecision> typedTitle(String name, String type) {
        if (!type.equals("PRODUCT")) {
            return Optional.empty();
        }
        for (String kind : PRODUCT_KINDS) {
            String title = name.replace(' ', '_') + "_(" + kind + ")";
            if (dictionary.hasArticle(title)) {
                return Optional.of(new LinkDecision(title, LinkDecision.Reason.TYPED_TITLE, name, title, Double.NaN));
            }
        }
        return Optional.empty();
    }

    /** The type the rules use (CITY → LOCATION), or null for a type that is never linked. */
    static String coarseType(String type) {
        return TYPES.get(type);
    }

    /** The fullest name, then the other capitalised forms longest first; single-word PERSON forms only as the name. */
    static List<String> surfacesToTry(LinkQuery query, String type) {
        List<String> tries = new ArrayList<>();
        if (TitleNames.isCapitalised(query.name())) {
            tries.add(query.name());
        }
        query.surfaces().stream()
                .filter(s -> TitleNames.isCapitalised(s) && !tries.contains(s))
                .filter(s -> !type.equals("PERSON") || TitleNames.wordCount(s) >= 2)
                .distinct()
                .sorted(Comparator.comparingInt((String s) -> s.codePointCount(0, s.length())).reversed())
                .forEach(tries::add);
        return tries;
    }

    private LinkDecision judge(String surface, Candidate candidate, String type) {
        String title = candidate.title().replace(' ', '_');
        if (!TitleMatch.isEntityArticle(title)) {
            return unlinked(LinkDecision.Reason.NOT_AN_ENTITY, surface, candidate);
        }
        if (TitleMatch.isCaseMismatch(surface, title)) {
            return unlinked(LinkDecision.Reason.CASE_MISMATCH, surface, candidate);
        }
        if (!TitleMatch.sharesWord(surface, title)) {
            return exactTitle(surface, type, candidate);
        }
        if (!TitleMatch.isTypeCompatible(type, TitleKind.of(title))) {
            return unlinked(LinkDecision.Reason.TYPE_MISMATCH, surface, candidate);
        }
        if (type.equals("PERSON") && TitleNames.wordCount(surface) == 1 && !TitleMatch.isPersonForOneName(surface, title)) {
            return unlinked(LinkDecision.Reason.ONE_NAME, surface, candidate);
        }
        if (candidate.score() < minScore(type, surface)) {
            return unlinked(LinkDecision.Reason.LOW_SCORE, surface, candidate);
        }
        return new LinkDecision(title, LinkDecision.Reason.LINKED, surface, candidate.title(), candidate.score());
    }

    /** The surface itself as a title, when it has two or more words and is a compatible article; else a mismatch. */
    private LinkDecision exactTitle(String surface, String type, Candidate rejected) {
        String exact = surface.strip().replaceAll("\\s+", "_");
        if (TitleNames.wordCount(surface) >= 2 && rejected.score() >= options.multiWord()
                && dictionary.hasArticle(exact) && TitleMatch.isEntityArticle(exact)
                && TitleMatch.isTypeCompatible(type, TitleKind.of(exact))) {
            return new LinkDecision(exact, LinkDecision.Reason.EXACT_TITLE, surface, rejected.title(),
                    rejected.score());
        }
        return unlinked(LinkDecision.Reason.NAME_MISMATCH, surface, rejected);
    }

    /** The minimum score for a surface of this (coarse) type. */
    double minScore(String type, String surface) {
        if (TitleNames.wordCount(surface) >= 2) {
            return options.multiWord();
        }
        return type.equals("PERSON") ? options.singleWordPerson() : options.singleWord();
    }

    private static LinkDecision unlinked(LinkDecision.Reason reason, String surface, Candidate candidate) {
        return new LinkDecision(null, reason, surface, candidate == null ? null : candidate.title(),
                candidate == null ? Double.NaN : candidate.score());
    }
}
