package org.threadlens.entity.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.PrfCounts;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;

/** The three scores on one sentence whose gold has a person, an organisation and a product. */
class NerEvaluationTest {
    /** "Ask Sam Altman at OpenAI about GPT-4": person 4–14, corporation 18–24, product 31–36. */
    private static final ConllSentences.Sentence SENTENCE = new ConllSentences.Sentence(
            List.of("Ask", "Sam", "Altman", "at", "OpenAI", "about", "GPT-4"),
            List.of("O", "B-person", "I-person", "O", "B-corporation", "O", "B-product"));

    private static TextAnnotations predicted(EntityMention... mentions) {
        return new TextAnnotations(EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES),
                List.of(new Sentence(0, 36, false, null)), List.of(), List.of(mentions), List.of());
    }

    @Test
    void aMistypedEntityCountsForTheSpanButNotForTheType() {
        NerEvaluation.Result r = NerEvaluation.score(List.of(SENTENCE), List.of(predicted(
                new EntityMention("Sam Altman", "PERSON", 4, 14, 0),
                new EntityMention("OpenAI", "LOCATION", 18, 24, 0),
                new EntityMention("GPT-4", "PRODUCT", 31, 36, 0))));
        assertEquals(new PrfCounts(3, 0, 0), r.span());
        assertEquals(new PrfCounts(1, 1, 1), r.perLocOrg());
        assertEquals(new PrfCounts(2, 1, 1), r.overall());
    }

    @Test
    void nationalitiesAndPlatformMentionsAreNotCompared() {
        NerEvaluation.Result r = NerEvaluation.score(List.of(SENTENCE), List.of(predicted(
                new EntityMention("Ask", "NATIONALITY", 0, 3, 0),
                new EntityMention("Sam Altman", "USER", 4, 14, 0))));
        assertEquals(new PrfCounts(0, 0, 3), r.span());
    }

    @Test
    void errorsListMissedSpuriousAndMistypedEntities() {
        List<String> lines = NerEvaluation.errors(List.of(SENTENCE), List.of(predicted(
                new EntityMention("Sam", "PERSON", 4, 7, 0),
                new EntityMention("OpenAI", "LOCATION", 18, 24, 0),
                new EntityMention("GPT-4", "PRODUCT", 31, 36, 0))));
        assertEquals(List.of("#1 Ask Sam Altman at OpenAI about GPT-4", "  - Sam Altman/PERSON",
                "  ~ OpenAI/ORGANIZATION (given LOCATION)", "  + Sam/PERSON"), lines);
    }
}
