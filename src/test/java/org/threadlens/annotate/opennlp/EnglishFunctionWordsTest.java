package org.threadlens.annotate.opennlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.threadlens.Fixtures;

/** The shortcut that spares the language model plainly English text; anything else still goes to the model. */
class EnglishFunctionWordsTest {
    @Test
    void everydayEnglishCommentsArePlainlyEnglish() {
        assertTrue(EnglishFunctionWords.plainlyEnglish("This is a fairly normal English comment about the moon."));
        assertTrue(EnglishFunctionWords.plainlyEnglish("I don’t think they did what you said."));
        assertTrue(EnglishFunctionWords.plainlyEnglish("THE BEST THING ABOUT THIS THREAD IS THE ANIMALS"));
    }

    @Test
    void commentsInOtherLanguagesAreLeftToTheModel() throws IOException {
        for (String line : Files.readAllLines(Fixtures.fixture("languages/not-english.txt"), StandardCharsets.UTF_8)) {
            String text = line.split("\t", 2)[1];
            assertFalse(EnglishFunctionWords.plainlyEnglish(text), text);
        }
    }

    @Test
    void aShortEnglishQuoteInsideAnotherLanguageIsNotEnough() {
        assertFalse(EnglishFunctionWords.plainlyEnglish(
                "Ich habe gestern den Film gesehen, und am Ende sagt er \"what the hell\", was ich wirklich "
                        + "lustig fand, aber meine Freundin hat es nicht verstanden und wir haben lange gestritten."));
    }

    @Test
    void oneFunctionWordIsNotEnoughEvenInAShortText() {
        assertFalse(EnglishFunctionWords.plainlyEnglish("Amazing goal, the keeper stood no chance"));
        assertTrue(EnglishFunctionWords.plainlyEnglish("Amazing goal, the keeper had no chance"));
    }

    @Test
    void wordsSharedWithOtherLanguagesDoNotCount() {
        assertFalse(EnglishFunctionWords.plainlyEnglish("was is in we to my me he has for just will her but"));
    }
}
