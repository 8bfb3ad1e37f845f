package org.threadlens.annotate.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threadlens.Fixtures;

/** The language check on short social text: OpenNLP's 103-language model with ThreadLens's thresholds. */
class OpenNlpLanguageDetectorTest {
    private static final OpenNlpLanguageDetector DETECTOR = OpenNlpLanguageDetector.standard();

    private static void assertDetects(String expected, String text) {
        assertEquals(Optional.ofNullable(expected), DETECTOR.detect(text), text);
    }

    @Test
    void commentsInOtherLanguagesAreNamedWithTheirIsoCode() throws IOException {
        for (String line : Files.readAllLines(Fixtures.fixture("languages/not-english.txt"), StandardCharsets.UTF_8)) {
            String[] codeAndText = line.split("\t", 2);
            assertDetects(codeAndText[0], codeAndText[1]);
        }
    }

    @Test
    void englishCommentsAreEnglish() {
        assertDetects("eng", "This is a fairly normal English comment about rockets and the moon.");
        assertDetects("eng", "I've never been this sad in my life, honestly, what a week.");
    }

    @Test
    void textsWithFewerThanTwentyLettersAreNotJudged() {
        assertDetects(null, "lol");
        assertDetects(null, "ok thanks");
        assertDetects(null, "jajaja que bueno");
        assertDetects(null, "https://example.com/a?b=1 :-)");
    }
}
