package org.threadlens.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;

class EntityTagsTest {
    /** "Ilya Sutskever left OpenAI ." with the given mentions. */
    private static TextAnnotations text(Set<Layer> layers, EntityMention... mentions) {
        List<Token> tokens = List.of(token(0, 4, "Ilya"), token(5, 14, "Sutskever"), token(15, 19, "left"),
                token(20, 26, "OpenAI"), token(26, 27, "."));
        return new TextAnnotations(layers, List.of(new Sentence(0, 27, false, null)), tokens, List.of(mentions),
                List.of());
    }

    private static Token token(int begin, int end, String word) {
        return new Token(begin, end, word, "NNP", word, "O", 0);
    }

    @Test
    void mentionsAreTaggedBioFromTheEntitiesLayer() {
        TextAnnotations a = text(Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES),
                new EntityMention("OpenAI", "ORGANIZATION", 20, 26, 0),
                new EntityMention("Ilya Sutskever", "PERSON", 0, 14, 0));
        assertArrayEquals(new String[] {"B-PERSON", "I-PERSON", "O", "B-ORGANIZATION", "O"}, EntityTags.of(a));
    }

    @Test
    void aTokenInTwoMentionsKeepsTheFirst() {
        TextAnnotations a = text(Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES),
                new EntityMention("Ilya Sutskever", "PERSON", 0, 14, 0),
                new EntityMention("Sutskever", "MISC", 5, 14, 0));
        assertArrayEquals(new String[] {"B-PERSON", "I-PERSON", "O", "O", "O"}, EntityTags.of(a));
    }

    @Test
    void withoutTheEntitiesLayerThereAreNoTags() {
        assertNull(EntityTags.of(text(Set.of(Layer.SENTENCES, Layer.TOKENS))));
        assertNull(EntityTags.mentions(text(Set.of(Layer.SENTENCES, Layer.TOKENS))));
    }

    @Test
    void eachTokenKnowsTheMentionItsTagComesFrom() {
        EntityMention ilya = new EntityMention("Ilya Sutskever", "PERSON", 0, 14, 0).resolved("Ilya Sutskever",
                "Ilya_Sutskever", List.of());
        EntityMention openAi = new EntityMention("OpenAI", "ORGANIZATION", 20, 26, 0);
        EntityMention[] mentions = EntityTags.mentions(text(Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES), openAi, ilya));
        assertArrayEquals(new EntityMention[] {ilya, ilya, null, openAi, null}, mentions);
        assertSame(mentions[0], mentions[1], "one object per mention, so that B- and I- follow it");
    }

    @Test
    void aTypeMapRenamesTypesAndTheConllMapFoldsProductIntoMisc() {
        TextAnnotations a = text(Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES),
                new EntityMention("Ilya Sutskever", "PERSON", 0, 14, 0), new EntityMention("OpenAI", "PRODUCT", 20, 26, 0));
        assertArrayEquals(new String[] {"B-PERSON", "I-PERSON", "O", "B-PRODUCT", "O"}, EntityTags.of(a));
        assertArrayEquals(new String[] {"B-PERSON", "I-PERSON", "O", "B-MISC", "O"}, EntityTags.of(a, EntityTags::conllType));
        assertEquals("LOCATION", EntityTags.conllType("LOCATION"));
    }
}
