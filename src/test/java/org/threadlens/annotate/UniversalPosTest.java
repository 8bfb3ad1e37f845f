package org.threadlens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Penn Treebank tags become UD's, with the token's relation as the context CoreNLP's mapper reads from a tree. */
class UniversalPosTest {
    private static void assertUpos(String expected, String tag, String word, String deprel) {
        assertEquals(expected, UniversalPos.of(tag, word, deprel), tag + " " + word + " as " + deprel);
    }

    @Test
    void mostTagsMapOneToOne() {
        assertUpos("PROPN", "NNP", "Reddit", null);
        assertUpos("NOUN", "NNS", "rockets", "obj");
        assertUpos("PRON", "PRP$", "my", "nmod:poss");
        assertUpos("PUNCT", "-LRB-", "(", "punct");
        assertUpos("X", "ADD", "https://example.com", "dep");
    }

    @Test
    void verbsThatAreAuxiliariesOrCopulasAreAux() {
        assertUpos("AUX", "VBZ", "is", "cop");
        assertUpos("AUX", "VBD", "was", "aux:pass");
        assertUpos("VERB", "VBZ", "is", "root");
        assertUpos("VERB", "VBZ", "is", null);
        assertUpos("AUX", "MD", "will", "aux");
    }

    @Test
    void theRelationTellsSubordinatorsPrepositionsAndPronounsApart() {
        assertUpos("SCONJ", "IN", "because", "mark");
        assertUpos("ADP", "IN", "of", "case");
        assertUpos("ADP", "TO", "to", "case");
        assertUpos("PART", "TO", "to", "mark");
        assertUpos("PRON", "DT", "this", "nsubj");
        assertUpos("DET", "DT", "this", "det");
        assertUpos("DET", "DT", "this", null);
        assertUpos("PRON", "WDT", "which", "nsubj");
        assertUpos("DET", "WDT", "which", "det");
    }

    @Test
    void someWordsHaveTheirOwnTag() {
        assertUpos("PART", "RB", "n't", "advmod");
        assertUpos("ADV", "RB", "never", "advmod");
        assertUpos("SYM", "NN", "%", "obj");
        assertUpos("PRON", "NN", "something", "obj");
        assertUpos("PUNCT", "NFP", "~~~", "punct");
        assertUpos("SYM", "NFP", ":)", "discourse");
    }

    @Test
    void udTagsAreKeptUnknownTagsAreXAndNoTagIsNone() {
        assertUpos("NOUN", "NOUN", "rocket", null);
        assertUpos("X", "WEIRD", "thing", null);
        assertNull(UniversalPos.of(null, "thing"));
        assertNull(UniversalPos.xpos("NOUN"), "no XPOS where the engine tags with UPOS");
        assertEquals("NN", UniversalPos.xpos("NN"));
    }
}
