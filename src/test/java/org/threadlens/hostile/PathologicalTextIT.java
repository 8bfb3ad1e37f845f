package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.testkit.SpanAssertions.assertSpansHold;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.annotate.corenlp.SharedCoreNlp;
import org.threadlens.sentiment.vader.VaderSentenceScorer;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * Pathological comment text through the full CoreNLP engine (every layer, the shared pipeline): a sentence
 * of 5,000 tokens, 10,000 emoji (skin tones, ZWJ sequences, flags), a comment of only URLs, right-to-left
 * text with direction marks, zero-width characters inside words. Each is annotated within the per-comment
 * limit (sentences past {@code parse.maxlen} are not parsed; every other annotator is linear in the sentence's
 * length: well under a minute a comment), no text fails, and every span holds: {@code begin <= end} within
 * the text, counted in code points, an entity's {@code text} exactly the text's code points
 * {@code [begin, end)}, tokens in order without overlap, inside their sentence, never blank.
 */
class PathologicalTextIT {
    private static final long LIMIT_MS = 60_000;

    static Stream<Arguments> texts() {
        String names = "the cat saw Barack Obama in Paris and then ";
        String longSentence = names.repeat(5_000 / 9 + 1).strip();
        String[] emoji = {"\ud83d\ude00", "\ud83d\udd25", "\ud83d\udc4d\ud83c\udffd", "\u2764\ufe0f\u200d\ud83d\udd25",
            "\ud83c\uddfa\ud83c\uddf8", "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67"};
        StringBuilder e = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            e.append(emoji[i % emoji.length]).append(i % 50 == 49 ? " " : "");
        }
        StringBuilder urls = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            urls.append(switch (i % 4) {
                case 0 -> "https://example.com/a/" + i + "?q=x&y=%E2%9C%93#frag";
                case 1 -> "[link " + i + "](https://www.reddit.com/r/test/comments/" + i + "/)";
                case 2 -> "http://\u4f8b\u3048.jp/\u30d1\u30b9/" + i;
                default -> "<https://news.ycombinator.com/item?id=" + i + ">";
            }).append(i % 7 == 6 ? "\n" : " ");
        }
        String rtl = "\u05e9\u05dc\u05d5\u05dd Barack Obama \u05e2\u05d5\u05dc\u05dd. \u200f\u0645\u0631\u062d\u0628\u0627 "
                + "\u0628\u0627\u0644\u0639\u0627\u0644\u0645 in Paris\u200e! \u202b\u05d8\u05e7\u05e1\u05d8 \u05d4\u05e4\u05d5\u05da\u202c "
                + "Google is great. ";
        String zeroWidth = "Ba\u200brack Ob\u200dama went to Pa\u200cris\ufeff with Go\u2060ogle. \u200b\u200b\u200bGreat\u00ad"
                + "ness!\u200b Terrible\u200d. ";
        return Stream.of(Arguments.of("a sentence of 5,000 tokens", longSentence),
                Arguments.of("10,000 emoji", e.toString()),
                Arguments.of("only URLs", urls.toString()),
                Arguments.of("right-to-left text", rtl.repeat(20)),
                Arguments.of("zero-width characters", zeroWidth.repeat(20)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void isAnnotatedWithinTheLimitsAndEverySpanHolds(String what, String text) {
        ThreadBuilder b = new ThreadBuilder("reddit", "t", new SourceRef("test", "pathological"));
        b.add(new Comment("t", null, CommentKind.POST, 0, null, null, null, "A normal post.", Set.of()));
        b.add(new Comment("c", "t", CommentKind.COMMENT, 1, null, null, null, text, Set.of()));
        ThreadAnnotator annotator = new ThreadAnnotator(SharedCoreNlp.engine(),
                new ThreadAnnotator.Options(null, VaderSentenceScorer.standard(), true, List.of()));
        long start = System.nanoTime();
        ThreadAnnotations done = annotator.annotate(b.build(), ForkJoinPool.commonPool()).join();
        long millis = (System.nanoTime() - start) / 1_000_000;
        TextAnnotations a = done.comments().get("c");
        System.out.printf("%s: %d code points, %d sentences, %d tokens, %d entities in %d ms%n", what,
                text.codePointCount(0, text.length()), a.sentences().size(), a.tokens().size(), a.entities().size(), millis);
        assertTrue(millis < LIMIT_MS, what + ": " + millis + " ms");
        assertEquals(List.of(), done.failures(), what);
        assertFalse(a.sentences().isEmpty(), what);
        assertSpansHold(text, a);
    }
}
