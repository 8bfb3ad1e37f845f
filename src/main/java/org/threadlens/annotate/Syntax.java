package org.threadlens.annotate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A token's part in the syntax layer: its Universal Dependencies (v2) part of speech and features, and its arc
 * in its sentence's dependency tree. The tree itself (one root, no cycle, heads inside the sentence) is checked
 * where a whole sentence is known, by {@link TextAnnotations}.
 *
 * @param upos   the Universal POS tag, one of {@link UniversalPos#TAGS}
 * @param feats  nullable: the morphological features in CoNLL-U's form ({@code Number=Sing|Person=3}: pairs
 *               sorted by name, case-insensitively, values comma-separated); null where the token has none
 * @param head   the head's position in the sentence, from 1 (CoNLL-U's HEAD); 0 for the sentence's root
 * @param deprel the relation to the head: a universal relation with an optional subtype ({@code nsubj:pass});
 *               {@code root} exactly where {@code head} is 0
 */
public record Syntax(String upos, String feats, int head, String deprel) {
    /** The 37 universal relations of UD v2; a {@code deprel} is one of them or one of them with a subtype. */
    public static final Set<String> UNIVERSAL_RELATIONS = Set.of("acl", "advcl", "advmod", "amod", "appos", "aux",
            "case", "cc", "ccomp", "clf", "compound", "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated",
            "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl",
            "orphan", "parataxis", "punct", "reparandum", "root", "vocative", "xcomp");
    private static final Pattern DEPREL = Pattern.compile("([a-z]+)(:[a-z]+)?");
    private static final Pattern FEATURE = Pattern.compile(
            "[A-Z0-9][A-Za-z0-9]*(\\[[a-z0-9]+])?=[A-Z0-9][A-Za-z0-9]*(,[A-Z0-9][A-Za-z0-9]*)*");

    public Syntax {
        if (!UniversalPos.TAGS.contains(upos)) {
            throw new IllegalArgumentException("UPOS '" + upos + "' is not one of UD's 17 tags");
        }
        if (feats != null) {
            requireFeatures(feats);
        }
        if (head < 0) {
            throw new IllegalArgumentException("head " + head + " is negative");
        }
        var m = DEPREL.matcher(deprel == null ? "" : deprel);
        if (!m.matches() || !UNIVERSAL_RELATIONS.contains(m.group(1))) {
            throw new IllegalArgumentException("deprel '" + deprel + "' is not a UD v2 relation");
        }
        if ((head == 0) != deprel.equals("root")) {
            throw new IllegalArgumentException("deprel '" + deprel + "' with head " + head
                    + ": the root, and only the root, has head 0");
        }
    }

    private static void requireFeatures(String feats) {
        List<String> pairs = List.of(feats.split("\\|", -1));
        for (String pair : pairs) {
            if (!FEATURE.matcher(pair).matches()) {
                throw new IllegalArgumentException("feature '" + pair + "' in '" + feats + "' is not Name=Value");
            }
        }
        for (int i = 1; i < pairs.size(); i++) {
            String before = pairs.get(i - 1).substring(0, pairs.get(i - 1).indexOf('='));
            String name = pairs.get(i).substring(0, pairs.get(i).indexOf('='));
            if (String.CASE_INSENSITIVE_ORDER.compare(before, name) >= 0) {
                throw new IllegalArgumentException("features '" + feats + "' are not sorted by name or repeat one");
            }
        }
    }
}
