package org.threadlens.annotate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The syntax layer's records hold only what UD accepts: a tag, features, a relation, one tree per sentence. */
class SyntaxTest {
    private static final Set<Layer> LAYERS = Layer.parseList("syntax");

    /** "She sings." with the given heads and relations, one token per word. */
    private static TextAnnotations sentence(int[] heads, String... relations) {
        String[] words = {"She", "sings", "."};
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < heads.length; i++) {
            tokens.add(new Token(i * 4, i * 4 + 3, words[i], "X", null, null, 0,
                    new Syntax("X", null, heads[i], relations[i])));
        }
        return new TextAnnotations(LAYERS, List.of(new Sentence(0, 12, false, null)), tokens, List.of(), List.of());
    }

    private static void assertRefused(String message, Runnable make) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, make::run).getMessage());
    }

    @Test
    void aTokensSyntaxIsAUposTagFeaturesAndAnArc() {
        Syntax s = new Syntax("PRON", "Case=Nom|Number=Sing|Person=3", 2, "nsubj");
        assertEquals(2, s.head());
        assertDoesNotThrow(() -> new Syntax("VERB", null, 0, "root"));
        assertDoesNotThrow(() -> new Syntax("AUX", null, 3, "aux:pass"));
    }

    @Test
    void onlyUdTagsRelationsAndSortedFeaturesAreAccepted() {
        assertRefused("UPOS 'NN' is not one of UD's 17 tags", () -> new Syntax("NN", null, 1, "obj"));
        assertRefused("deprel 'dobj' is not a UD v2 relation", () -> new Syntax("NOUN", null, 1, "dobj"));
        assertRefused("deprel 'nsubj:Pass' is not a UD v2 relation", () -> new Syntax("NOUN", null, 1, "nsubj:Pass"));
        assertRefused("features 'Person=3|Number=Sing' are not sorted by name or repeat one",
                () -> new Syntax("PRON", "Person=3|Number=Sing", 1, "nsubj"));
        assertRefused("feature 'plural' in 'plural' is not Name=Value", () -> new Syntax("NOUN", "plural", 1, "obj"));
    }

    @Test
    void theRootAndOnlyTheRootHasHeadZero() {
        assertRefused("deprel 'nsubj' with head 0: the root, and only the root, has head 0",
                () -> new Syntax("PRON", null, 0, "nsubj"));
        assertRefused("deprel 'root' with head 2: the root, and only the root, has head 0",
                () -> new Syntax("VERB", null, 2, "root"));
    }

    @Test
    void eachSentenceIsOneTree() {
        assertDoesNotThrow(() -> sentence(new int[] {2, 0, 2}, "nsubj", "root", "punct"));
        assertRefused("sentence 0 has 2 roots, expected 1", () -> sentence(new int[] {0, 0, 2}, "root", "root", "punct"));
        assertRefused("sentence 0: token 1 has head 4 beyond the sentence's 3 tokens",
                () -> sentence(new int[] {4, 0, 2}, "nsubj", "root", "punct"));
        assertRefused("sentence 0: token 1 is in a cycle of heads",
                () -> sentence(new int[] {3, 0, 1}, "nsubj", "root", "punct"));
    }

    @Test
    void aSentenceHasSyntaxOnEveryTokenOrOnNone() {
        List<Token> tokens = List.of(new Token(0, 3, "She", "PRP", null, null, 0, new Syntax("PRON", null, 0, "root")),
                new Token(4, 9, "sings", "VBZ", null, null, 0));
        assertRefused("sentence 0: 1 of 2 tokens lack syntax (a sentence has syntax on every token or none)",
                () -> new TextAnnotations(LAYERS, List.of(new Sentence(0, 9, false, null)), tokens, List.of(), List.of()));
    }
}
