package org.threadlens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.threadlens.record.Records;
import org.threadlens.thread.Comments;
import org.threadlens.thread.DiscussionThread;

/** The language policy: non-English texts are flagged, and skipped or annotated as the check says. */
class LanguageCheckTest {
    /** Answers "deu" for texts containing "Hund", "eng" otherwise. */
    private static final LanguageDetector DETECTOR = new LanguageDetector() {
        @Override
        public Optional<String> detect(String plainText) {
            return Optional.of(plainText.contains("Hund") ? "deu" : "eng");
        }

        @Override
        public String describe() {
            return "test";
        }
    };

    private static final DiscussionThread THREAD = Comments.thread("t", post("t", "What a good dog."),
            reply("a", "t", "Der Hund ist sehr gut."));

    private static ThreadAnnotations annotate(LanguageCheck.Action action) {
        ThreadAnnotator.Options options = ThreadAnnotator.Options.defaults().withLanguage(new LanguageCheck(DETECTOR, action));
        return new ThreadAnnotator(new FakeAnnotator(Records.ALL), options).annotate(THREAD, ForkJoinPool.commonPool()).join();
    }

    @Test
    void skippedTextsCarryTheirLanguageAndNoLayers() {
        ThreadAnnotations a = annotate(LanguageCheck.Action.SKIP);
        TextAnnotations german = a.comments().get("a");
        assertEquals("deu", german.language());
        assertTrue(german.layers().isEmpty());
        assertTrue(german.sentences().isEmpty());
        assertNull(a.comments().get("t").language(), "English is not flagged");
        assertFalse(a.comments().get("t").sentences().isEmpty());
    }

    @Test
    void flaggedTextsAreAnnotatedAnyway() {
        TextAnnotations german = annotate(LanguageCheck.Action.FLAG).comments().get("a");
        assertEquals("deu", german.language());
        assertEquals(Records.ALL, german.layers());
        assertEquals(1, german.sentences().size());
    }

    @Test
    void theCheckIsPartOfTheProvenance() {
        ThreadAnnotator annotator = new ThreadAnnotator(new FakeAnnotator(Records.ALL),
                ThreadAnnotator.Options.defaults().withLanguage(new LanguageCheck(DETECTOR, LanguageCheck.Action.SKIP)));
        assertEquals("skip (test)", annotator.info().settings().get(ThreadAnnotator.LANGUAGE_SETTING));
        assertEquals(List.of(), List.copyOf(new ThreadAnnotator(new FakeAnnotator(Records.ALL),
                ThreadAnnotator.Options.defaults()).info().settings().keySet().stream()
                .filter(k -> k.equals(ThreadAnnotator.LANGUAGE_SETTING)).toList()));
    }
}
