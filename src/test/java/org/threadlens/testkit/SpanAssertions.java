package org.threadlens.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Quote;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.text.CodePoints;

/** Assertions on annotation layers: spans are code-point offsets into the unchanged source text (DESIGN.md). */
public final class SpanAssertions {
    private SpanAssertions() {
    }

    /**
     * The span contract, for every layer of one text: {@code begin <= end} within the text, in code points;
     * tokens in order without overlap, inside their sentence, never blank; an entity's {@code text} exactly
     * the text's code points {@code [begin, end)}.
     */
    public static void assertSpansHold(String text, TextAnnotations a) {
        int length = CodePoints.length(text);
        for (Sentence s : a.sentences()) {
            assertTrue(s.begin() <= s.end() && s.end() <= length, "sentence [" + s.begin() + ", " + s.end() + ") of " + length);
        }
        int previousEnd = 0;
        for (Token t : a.tokens()) {
            assertTrue(t.begin() >= previousEnd && t.begin() < t.end() && t.end() <= length,
                    "token '" + t.word() + "' [" + t.begin() + ", " + t.end() + ") after " + previousEnd + " of " + length);
            Sentence s = a.sentences().get(t.sentence());
            assertTrue(t.begin() >= s.begin() && t.end() <= s.end(), "token '" + t.word() + "' inside its sentence");
            assertFalse(CodePoints.slice(text, t.begin(), t.end()).isBlank(), "token '" + t.word() + "' covers text");
            previousEnd = t.end();
        }
        for (EntityMention e : a.entities()) {
            assertTrue(e.begin() < e.end() && e.end() <= length, "entity " + e);
            assertEquals(CodePoints.slice(text, e.begin(), e.end()), e.text(), "entity text is text[begin:end] in code points");
        }
        for (Quote q : a.quotes()) {
            assertTrue(q.begin() <= q.end() && q.end() <= length, "quote " + q);
        }
    }

    /** The source text of each sentence, in order. */
    public static List<String> sentenceTexts(String text, TextAnnotations a) {
        return a.sentences().stream().map(s -> CodePoints.slice(text, s.begin(), s.end())).toList();
    }

    /** Asserts that the spans hold and that the entities are exactly these, as {@code TYPE:text@begin-end}. */
    public static void assertEntities(String text, TextAnnotations a, String... expected) {
        assertSpansHold(text, a);
        assertEquals(List.of(expected), a.entities().stream()
                .map(e -> e.type() + ":" + e.text() + "@" + e.begin() + "-" + e.end()).toList(), "entities of: " + text);
    }
}
