package org.threadlens.export.conllu;

import java.util.Map;
import java.util.Set;

/**
 * Universal POS tags (UPOS) from the tags an engine gave: CoreNLP's Penn Treebank tags are mapped by the table
 * in the package documentation; a tag that already is a UPOS tag (the OpenNLP engine tags with Universal
 * Dependencies' tag set) is kept. Stateless, thread-safe.
 */
final class UposTags {
    /** The 17 tags of Universal Dependencies v2. */
    static final Set<String> UPOS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
            "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

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
            Map.entry("NFP", "PUNCT"));

    private UposTags() {
    }

    /** The UPOS column for an engine's tag: {@code _} if none (no tagger ran), {@code X} for an unknown tag. */
    static String upos(String tag) {
        if (tag == null) {
            return "_";
        }
        String mapped = PENN.get(tag);
        if (mapped != null) {
            return mapped;
        }
        return UPOS.contains(tag) ? tag : "X";
    }

    /** The XPOS column: the engine's own tag where it is not a UPOS tag (Penn for CoreNLP), else {@code _}. */
    static String xpos(String tag) {
        if (tag == null || !PENN.containsKey(tag) && UPOS.contains(tag)) {
            return "_";
        }
        return org.threadlens.export.ExportText.cell(tag, "_");
    }
}
