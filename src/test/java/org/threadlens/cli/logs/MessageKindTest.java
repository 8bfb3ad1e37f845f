package org.threadlens.cli.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessageKindTest {
    private static void assertKind(String message, String kind, String detail) {
        assertEquals(new MessageKind(kind, detail), MessageKind.of(message), message);
    }

    @Test
    void aShortPrefixBeforeAColonIsTheKindAndTheRestTheDetail() {
        assertKind("Untokenizable: ‽ (U+203D, decimal: 8253)", "Untokenizable", "‽ (U+203D, decimal: 8253)");
        assertKind("Untokenizable: \u0001 (U+1, decimal: 1)", "Untokenizable", "\u0001 (U+1, decimal: 1)");
    }

    @Test
    void numbersInThePrefixDoNotMakeKinds() {
        assertKind("Line 12: unexpected token", "Line <n>", "unexpected token");
        assertEquals(MessageKind.of("Line 12: x").kind(), MessageKind.of("Line 13: y").kind());
    }

    @Test
    void withoutAPrefixNumbersAndQuotedPartsAreReplacedAndTheLineIsTheDetail() {
        assertKind("Parsing of sentence 17 took 2.5 s, over \"parse.maxtime\"",
                "Parsing of sentence <n> took <n> s, over \"…\"", "Parsing of sentence 17 took 2.5 s, over \"parse.maxtime\"");
        assertKind("No tokenizer type provided. Defaulting to PTBTokenizer.",
                "No tokenizer type provided. Defaulting to PTBTokenizer.", "");
    }

    @Test
    void onlyTheFirstLineCountsAndALongPrefixIsNoKind() {
        assertKind("Failed: something\n\tat a.b.C(C.java:1)", "Failed", "something");
        String longPrefix = "x".repeat(MessageKind.MAX_PREFIX + 1) + ": y";
        assertEquals(longPrefix, MessageKind.of(longPrefix).kind());
        assertEquals(MessageKind.MAX_KIND, MessageKind.of("y".repeat(500)).kind().length());
        assertKind("  ", "(empty)", "");
    }
}
