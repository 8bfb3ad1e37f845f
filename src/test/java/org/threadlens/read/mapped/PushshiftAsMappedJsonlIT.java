package org.threadlens.read.mapped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.Fixtures;
import org.threadlens.read.InputFile;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadStream;
import org.threadlens.read.Utf8Lines;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadFlag;

/**
 * Real Pushshift comment lines read as a mapped JSONL export: keys of every era, and creation times given
 * as integers, decimals and strings, all read through one mapping.
 */
class PushshiftAsMappedJsonlIT {
    @TempDir
    Path workDir;

    @Test
    void everyEraOfPushshiftCommentsReadsThroughOneMapping() throws Exception {
        Path comments = Fixtures.sharedData("pushshift/comments.ndjson");
        Map<String, String> map = new LinkedHashMap<>();
        map.put("id", "id");
        map.put("parent", "parent_id");
        map.put("thread", "link_id");
        map.put("text", "body");
        map.put("author", "author");
        map.put("time", "created_utc");
        map.put("score", "score");
        map.put("community", "subreddit");
        map.put("platform", ":reddit");
        ReadProblems problems = ReadProblems.collecting();
        ReadContext ctx = new ReadContext(problems, new ReadOptions(map, workDir, Utf8Lines.DEFAULT_MAX_LINE_BYTES));
        List<DiscussionThread> threads = new ArrayList<>();
        try (ThreadStream s = new MappedJsonlReader().open(List.of(InputFile.of(comments.toString())), ctx)) {
            for (DiscussionThread t = s.read(); t != null; t = s.read()) {
                threads.add(t);
            }
        }
        assertEquals(List.of(), problems.kept());
        // 27 lines, the last without a final newline
        assertEquals(27, threads.stream().mapToInt(t -> t.comments().size()).sum());
        DiscussionThread first = threads.get(0);
        assertEquals("t3_1afjd7n", first.id());
        assertEquals("woodworking", first.community());
        assertEquals("reddit", first.platform());
        assertTrue(threads.stream().allMatch(t -> t.has(ThreadFlag.POST_MISSING)), "comments only: no posts");
        Comment fromStringTime = threads.stream().flatMap(t -> t.comments().stream())
                .filter(c -> c.id().equals("c0cmuol")).findFirst().orElseThrow();
        assertEquals(1251763200L, fromStringTime.createdUtc(), "created_utc given as a string");
        assertTrue(threads.stream().flatMap(t -> t.comments().stream()).allMatch(c -> c.createdUtc() != null));
    }
}
