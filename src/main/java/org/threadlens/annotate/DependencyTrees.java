package org.threadlens.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that the syntax of a text's tokens forms a tree per sentence, as UD requires: every token of a sentence
 * has syntax or none has; heads point inside the sentence (positions from 1 in token order); exactly one root;
 * every token reaches the root (no cycle). A sentence's tokens are those with its index, in list order.
 */
final class DependencyTrees {
    private DependencyTrees() {
    }

    static void require(List<Token> tokens) {
        if (tokens.stream().allMatch(t -> t.syntax() == null)) {
            return;
        }
        Map<Integer, List<Syntax>> bySentence = new TreeMap<>();
        Map<Integer, Integer> without = new TreeMap<>();
        for (Token t : tokens) {
            List<Syntax> arcs = bySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>());
            arcs.add(t.syntax());
            if (t.syntax() == null) {
                without.merge(t.sentence(), 1, Integer::sum);
            }
        }
        bySentence.forEach((sentence, arcs) -> {
            int missing = without.getOrDefault(sentence, 0);
            if (missing > 0 && missing < arcs.size()) {
                throw new IllegalArgumentException("sentence " + sentence + ": " + missing + " of " + arcs.size()
                        + " tokens lack syntax (a sentence has syntax on every token or none)");
            }
            if (missing == 0) {
                requireTree(sentence, arcs);
            }
        });
    }

    private static void requireTree(int sentence, List<Syntax> arcs) {
        int n = arcs.size();
        int roots = 0;
        for (int i = 0; i < n; i++) {
            int head = arcs.get(i).head();
            if (head > n) {
                throw new IllegalArgumentException("sentence " + sentence + ": token " + (i + 1) + " has head " + head
                        + " beyond the sentence's " + n + " tokens");
            }
            if (head == 0) {
                roots++;
            }
        }
        if (roots != 1) {
            throw new IllegalArgumentException("sentence " + sentence + " has " + roots + " roots, expected 1");
        }
        // each token's path up must reach the root within n steps, else it runs in a cycle
        for (int i = 0; i < n; i++) {
            int at = i + 1;
            for (int steps = 0; at != 0; steps++) {
                if (steps > n) {
                    throw new IllegalArgumentException("sentence " + sentence + ": token " + (i + 1)
                            + " is in a cycle of heads");
                }
                at = arcs.get(at - 1).head();
            }
        }
    }
}
