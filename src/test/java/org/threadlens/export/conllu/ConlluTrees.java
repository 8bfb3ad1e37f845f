package org.threadlens.export.conllu;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of UD's validator, level 2, for HEAD and DEPREL, on a sentence whose syntax is filled in: HEAD a number
 * from 0 to the sentence's length (invalid-head), DEPREL a universal relation with an optional lowercase subtype
 * (unknown-deprel), {@code root} exactly where HEAD is 0 (0-is-not-root, root-is-not-0), exactly one root
 * (multiple-roots), every word reaching it (non-tree: a cycle), DEPS {@code _} (the export writes no enhanced
 * graph).
 */
final class ConlluTrees {
    /** The 37 universal relations of UD v2, as validate.py lists them. */
    static final Set<String> RELATIONS = Set.of("acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp",
            "clf", "compound", "conj", "cop", "csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat",
            "goeswith", "iobj", "list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan", "parataxis", "punct",
            "reparandum", "root", "vocative", "xcomp");
    private static final Pattern DEPREL = Pattern.compile("([a-z]+)(:[a-z]+)?");

    private ConlluTrees() {
    }

    /** The problems of one sentence's token rows (ten columns each), prefixed with {@code where}. */
    static void check(String where, List<String[]> tokens, List<String> problems) {
        int n = tokens.size();
        int[] heads = new int[n + 1];
        int roots = 0;
        for (int i = 0; i < n; i++) {
            String[] t = tokens.get(i);
            if (!t[6].matches("0|[1-9][0-9]*") || Long.parseLong(t[6].length() > 9 ? "999999999" : t[6]) > n) {
                problems.add(where + "token " + t[0] + ": invalid-head '" + t[6] + "'");
                return;
            }
            heads[i + 1] = Integer.parseInt(t[6]);
            Matcher m = DEPREL.matcher(t[7]);
            if (!m.matches() || !RELATIONS.contains(m.group(1))) {
                problems.add(where + "token " + t[0] + ": unknown-deprel '" + t[7] + "'");
            }
            if (heads[i + 1] == 0) {
                roots++;
                if (!t[7].equals("root")) {
                    problems.add(where + "token " + t[0] + ": 0-is-not-root (HEAD 0 with DEPREL " + t[7] + ")");
                }
            } else if (t[7].equals("root")) {
                problems.add(where + "token " + t[0] + ": root-is-not-0 (DEPREL root with HEAD " + t[6] + ")");
            }
            if (!t[8].equals("_")) {
                problems.add(where + "token " + t[0] + ": DEPS '" + t[8] + "' where the export writes none");
            }
        }
        if (roots != 1) {
            problems.add(where + (roots == 0 ? "no root" : "multiple-roots (" + roots + ")"));
        }
        for (int w = 1; w <= n; w++) {
            int at = w;
            for (int steps = 0; at != 0; steps++) {
                if (steps > n) {
                    problems.add(where + "token " + w + ": non-tree (a cycle of heads)");
                    return;
                }
                at = heads[at];
            }
        }
    }
}
