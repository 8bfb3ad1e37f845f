package org.threadlens.annotate.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.threadlens.Fixtures;
import org.threadlens.annotate.LanguageCheck;

/**
 * The function-word shortcut never changes the language check's answer on real comments: no text it calls
 * English is one the model would flag as foreign.
 */
class LanguageDetectionIT {
    private static final OpenNlpLanguageDetector DETECTOR = OpenNlpLanguageDetector.standard();

    @Test
    void theShortcutAgreesWithTheModelOnRedditAndTwitterText() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.addAll(firstColumn(Fixtures.sharedData("sentiment/goemotions-train/train.tsv")));
        texts.addAll(firstColumn(Fixtures.sharedData("sentiment/goemotions-dev/dev.tsv")));
        texts.addAll(Files.readAllLines(Fixtures.sharedData("sentiment/tweeteval-val/val_text.txt"), StandardCharsets.UTF_8));
        int judged = 0;
        int shortcut = 0;
        List<String> changed = new ArrayList<>();
        for (String text : texts) {
            if (text.codePoints().filter(Character::isLetter).count() < OpenNlpLanguageDetector.MIN_LETTERS) {
                continue;
            }
            judged++;
            if (EnglishFunctionWords.plainlyEnglish(text)) {
                shortcut++;
                Optional<String> model = DETECTOR.byModel(text);
                if (model.filter(LanguageCheck::isForeign).isPresent()) {
                    changed.add(model.get() + ": " + text);
                }
            }
        }
        assertEquals(List.of(), changed, "texts the model flags but the shortcut calls English");
        assertTrue(shortcut > judged / 2, "the shortcut answers " + shortcut + " of " + judged + " texts");
    }

    private static List<String> firstColumn(Path tsv) throws IOException {
        try (Stream<String> lines = Files.lines(tsv, StandardCharsets.UTF_8)) {
            return lines.map(l -> l.split("\t", 2)[0]).toList();
        }
    }
}
