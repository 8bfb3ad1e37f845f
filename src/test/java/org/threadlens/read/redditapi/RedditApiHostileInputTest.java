package org.threadlens.read.redditapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.json.JsonLimits;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadProblems;
import org.threadlens.thread.DiscussionThread;

/** Inputs built to hurt: nesting as deep as the JSON limits allow, and deeper. */
class RedditApiHostileInputTest {
    /** JSON levels each reply level adds: thing, data, replies Listing, its data, its children array. */
    private static final int JSON_LEVELS_PER_REPLY = 5;

    /** A comments page whose single comment chain nests {@code levels} replies deep. */
    private static Path chain(Path dir, int levels) throws Exception {
        StringBuilder json = new StringBuilder("[{\"kind\":\"Listing\",\"data\":{\"children\":[{\"kind\":\"t3\","
                + "\"data\":{\"id\":\"p\",\"title\":\"deep\",\"selftext\":\"\"}}]}},{\"kind\":\"Listing\",\"data\":{\"children\":[");
        for (int i = 1; i <= levels; i++) {
            json.append("{\"kind\":\"t1\",\"data\":{\"id\":\"c").append(i).append("\",\"body\":\"level ").append(i)
                    .append("\",\"replies\":{\"kind\":\"Listing\",\"data\":{\"children\":[");
        }
        json.append("]}}}}".repeat(levels)).append("]}}]");
        Path file = dir.resolve("chain-" + levels + ".json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aChainAsDeepAsTheJsonLimitAllowsIsReadWithoutRecursion(@TempDir Path dir) throws Exception {
        int levels = JsonLimits.MAX_NESTING_DEPTH / JSON_LEVELS_PER_REPLY - 2;
        DiscussionThread t = RedditApiReaderTest.read(ReadProblems.throwing(), chain(dir, levels)).threads().get(0);
        assertEquals(levels + 1, t.comments().size());
        assertEquals(levels, t.comments().get(levels).depth());
        assertEquals("c" + (levels - 1), t.comments().get(levels).parentId(), "parent from the structure");
    }

    @Test
    void nestingBeyondTheLimitFailsTheInputNamingTheLimit(@TempDir Path dir) throws Exception {
        Path deep = chain(dir, JsonLimits.MAX_NESTING_DEPTH);
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> RedditApiReaderTest.read(ReadProblems.throwing(), deep));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
        assertTrue(e.getMessage().contains(deep.toString()), e.getMessage());
    }
}
