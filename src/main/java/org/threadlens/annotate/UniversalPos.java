package org.threadlens.annotate;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Universal POS tags (UPOS) from an engine's tags. CoreNLP's Penn Treebank tags are mapped as CoreNLP's own
 * {@code UniversalPOSMapper} maps them, with the context it reads from a constituency tree read here from the
 * token's dependency relation instead (the syntax layer has no constituency tree): a verb that is an {@code aux}
 * or {@code cop} is AUX; {@code IN} marking a clause ({@code mark}) is SCONJ; {@code TO} as a preposition
 * ({@code case}) is ADP; a demonstrative {@code DT} or a relative {@code WDT} that heads its own phrase (any relation
 * but {@code det}) is PRON. Without a relation (no syntax layer) those tags take their usual UPOS (VERB, ADP,
 * PART, DET). Word rules as CoreNLP's: {@code not}/{@code n't} PART; {@code %} SYM; indefinite pronouns tagged NN
 * ({@code something}) PRON; {@code NFP} PUNCT for runs of {@code ~ * -}, else SYM. A tag that already is a UPOS
 * tag (the OpenNLP engine's) is kept; any other is X. Stateless, thread-safe.
 */
public final class UniversalPos {
    /** The 17 tags of Universal Dependencies v2. */
    public static final Set<String> TAGS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
            "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    private static final Map<String, String> PENN = Map.ofEntries(
            Map.entry("CC", "CCONJ"), Map.entry("CD", "NUM"), Map.entry("DT", "DET"), Map.entry("PDT", "DET"),
            Map.entry("WDT", "DET"), Map.entry("EX", "PRON"), Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"),
            Map.entry("WP", "PRON"), Map.entry("WP$", "PRON"), Map.entry("FW", "X"), Map.entry("LS", "X"),
            Map.entry("ADD", "X"), Map.entry("GW", "X"), Map.entry("XX", "X"), Map.entry("IN", "ADP"),
            Map.entry("RP", "ADP"), Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"),
            Map.entry("AFX", "ADJ"), Map.entry("MD", "AUX"), Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"),
            Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"), Map.entry("POS", "PART"), Map.entry("TO", "PART"),
            Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"), Map.entry("RBS", "ADV"), Map.entry("WRB", "ADV"),
            Map.entry("SYM", "SYM"), Map.entry("$", "SYM"), Map.entry("#", "SYM"), Map.entry("UH", "INTJ"),
            Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"), Map.entry("VBG", "VERB"), Map.entry("VBN", "VERB"),
            Map.entry("VBP", "VERB"), Map.entry("VBZ", "VERB"), Map.entry(".", "PUNCT"), Map.entry(",", "PUNCT"),
            Map.entry(":", "PUNCT"), Map.entry("``", "PUNCT"), Map.entry("''", "PUNCT"), Map.entry("-LRB-", "PUNCT"),
            Map.entry("-RRB-", "PUNCT"), Map.entry("-LCB-", "PUNCT"), Map.entry("-RCB-", "PUNCT"),
            Map.entry("-LSB-", "PUNCT"), Map.entry("-RSB-", "PUNCT"), Map.entry("HYPH", "PUNCT"),
            Map.entry("NFP", "SYM"));
    private static final Set<String> NEGATION = Set.of("not", "n't", "nt");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    private static final Set<String> RELATIVES = Set.of("that", "which");
    private static final Pattern INDEFINITE_PRONOUN = Pattern.compile(
            "(some|any|every|no)(body|thing|one)|no one");
    private static final Pattern PUNCTUATION_RUN = Pattern.compile("~+|\\*+|-+");

    private UniversalPos() {
    }

    /** The UPOS of a token without syntax: null if no tagger ran ({@code tag} null), X for an unknown tag. */
    public static String of(String tag, String word) {
        return of(tag, word, null);
    }

    /**
     * The UPOS of a token; null if no tagger ran.
     *
     * @param deprel nullable: the token's dependency relation, where the syntax layer ran
     */
    public static String of(String tag, String word, String deprel) {
        if (tag == null) {
            return null;
        }
        String mapped = PENN.get(tag);
        if (mapped == null) {
            return TAGS.contains(tag) ? tag : "X";
        }
        String w = word.toLowerCase(Locale.ROOT);
        String relation = deprel == null ? null : deprel.contains(":") ? deprel.substring(0, deprel.indexOf(':')) : deprel;
        return switch (tag) {
            case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ" -> "aux".equals(relation) || "cop".equals(relation) ? "AUX" : "VERB";
            case "IN" -> "mark".equals(relation) ? "SCONJ" : "ADP";
            case "TO" -> "case".equals(relation) ? "ADP" : "PART";
            case "RB" -> NEGATION.contains(w) ? "PART" : "ADV";
            case "NN" -> w.equals("%") ? "SYM" : INDEFINITE_PRONOUN.matcher(w).matches() ? "PRON" : "NOUN";
            case "NFP" -> PUNCTUATION_RUN.matcher(w).matches() ? "PUNCT" : "SYM";
            case "DT" -> relation != null && !"det".equals(relation) && DEMONSTRATIVES.contains(w) ? "PRON" : "DET";
            case "WDT" -> relation != null && !"det".equals(relation) && RELATIVES.contains(w) ? "PRON" : "DET";
            default -> mapped;
        };
    }

    /** The engine's own tag as XPOS: its tag where it is not a UPOS tag (Penn for CoreNLP), else null. */
    public static String xpos(String tag) {
        return tag == null || !PENN.containsKey(tag) && TAGS.contains(tag) ? null : tag;
    }
}
