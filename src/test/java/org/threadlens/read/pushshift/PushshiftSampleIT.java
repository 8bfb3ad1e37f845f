package org.threadlens.read.pushshift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.Fixtures;
import org.threadlens.json.JsonLimits;
import org.threadlens.read.InputFile;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadReaders;
import org.threadlens.read.ThreadStream;
import org.threadlens.read.Utf8Lines;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadFlag;

/**
 * The real dump lines of ../shared/data/pushshift (2005-2024, every era's fields). Totals counted with a
 * script over the files: 27 comment lines, 31 submission lines, no comment of a submission present, so
 * 31 + 27 threads, the 27 comment threads without their post.
 */
class PushshiftSampleIT {
    private static final int COMMENT_LINES = 27;
    private static final int SUBMISSION_LINES = 31;

    @TempDir
    Path workDir;

    private static Path comments() {
        return Fixtures.sharedData("pushshift/comments.ndjson");
    }

    private static Path submissions() {
        return Fixtures.sharedData("pushshift/submissions.ndjson");
    }

    private List<DiscussionThread> read(ReadProblems problems, Path... files) throws Exception {
        List<InputFile> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(InputFile.of(f.toString()));
        }
        List<DiscussionThread> out = new ArrayList<>();
        ReadContext context = new ReadContext(problems, new ReadOptions(Map.of(), workDir, Utf8Lines.DEFAULT_MAX_LINE_BYTES));
        try (ThreadStream s = new PushshiftReader().open(inputs, context)) {
            for (DiscussionThread t = s.read(); t != null; t = s.read()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Map<String, Comment> byId(List<DiscussionThread> threads) {
        return threads.stream().flatMap(t -> t.comments().stream()).collect(Collectors.toMap(Comment::id, c -> c));
    }

    /** The ids of a file's lines, read independently of the reader. */
    private static Set<String> idsOf(Path file) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            ids.add(JsonLimits.MAPPER.readTree(line).get("id").asText());
        }
        return ids;
    }

    @Test
    void everyLineIsReadIntoAThreadAndNoneIsLost() throws Exception {
        ReadProblems problems = ReadProblems.collecting();
        List<DiscussionThread> threads = read(problems, submissions(), comments());
        assertEquals(0, problems.count(), problems.kept().toString());
        assertEquals(0, problems.failedInputs());
        assertEquals(SUBMISSION_LINES + COMMENT_LINES, threads.size());
        assertEquals(SUBMISSION_LINES, threads.stream().filter(t -> t.post().isPresent()).count());
        assertEquals(COMMENT_LINES, threads.stream().filter(t -> t.has(ThreadFlag.POST_MISSING)).count());
        assertEquals(SUBMISSION_LINES + COMMENT_LINES, threads.stream().mapToInt(t -> t.comments().size()).sum());

        Set<String> expected = new TreeSet<>(idsOf(submissions()));
        expected.addAll(idsOf(comments()));
        assertEquals(expected, new TreeSet<>(byId(threads).keySet()));
    }

    @Test
    void everyEraReadsItsTimesScoresAndFlags() throws Exception {
        Map<String, Comment> c = byId(read(ReadProblems.throwing(), submissions(), comments()));
        assertEquals(1706745600L, c.get("kod0bkd").createdUtc());   // 2024: 1706745600.0
        assertEquals(1251763200L, c.get("c0cmuol").createdUtc());   // 2009: "1251763200"
        assertEquals(1134365188L, c.get("c13").createdUtc());       // 2005: 1134365188
        assertEquals(1119552233L, c.get("87").createdUtc());        // the 87th submission, 2005
        assertEquals(550, c.get("c0cmuom").score());
        assertEquals("c0cmjyg", c.get("c0cmuol").parentId());   // "parent_id": "t1_c0cmjyg"
        assertEquals(Set.of(CommentFlag.DELETED, CommentFlag.ORPHAN), c.get("c0cmuon").flags());
        assertEquals(Set.of(CommentFlag.REMOVED, CommentFlag.ORPHAN), c.get("kod0bkj").flags());
        assertEquals(Set.of(CommentFlag.REMOVED), c.get("abdn5a").flags());
        assertEquals(Set.of(CommentFlag.EDITED), c.get("j08bcm").flags());   // "edited": 1606781062.0
        assertTrue(c.get("c0cmuoo").text().startsWith("&gt;Nebraska\n&gt;Diocese"));
    }

    @Test
    void submissionsGiveTheirThreadsTitleUrlAndDeclaredCount() throws Exception {
        DiscussionThread t = read(ReadProblems.throwing(), submissions()).stream()
                .filter(x -> x.id().equals("87")).findFirst().orElseThrow();
        assertEquals("reddit.com", t.community());
        assertEquals("https://www.reddit.com/r/reddit.com/comments/87/the_downing_street_memo/", t.url());
        assertTrue(t.title().contains("Downing Street Memo"), t.title());
        assertTrue(t.declaredCommentCount() >= 0);
    }

    @Test
    void oneZstdLongWindowFileHoldingBothKindsReadsLikeTheTwoFiles() throws Exception {
        Path both = workDir.resolve("RC_RS_both.ndjson.zst");
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(both)).setLong(31)) {
            out.write(Files.readAllBytes(comments()));
            out.write('\n');
            out.write(Files.readAllBytes(submissions()));
        }
        assertEquals(PushshiftReader.NAME, ThreadReaders.detect(InputFile.of(both.toString())).name());
        Map<String, Comment> fromOne = byId(read(ReadProblems.throwing(), both));
        assertEquals(byId(read(ReadProblems.throwing(), submissions(), comments())), fromOne);
    }

    @Test
    void bothSampleFilesAreRecognized() throws Exception {
        assertEquals(PushshiftReader.NAME, ThreadReaders.detect(InputFile.of(comments().toString())).name());
        assertEquals(PushshiftReader.NAME, ThreadReaders.detect(InputFile.of(submissions().toString())).name());
        JsonNode first = JsonLimits.MAPPER.readTree(Files.readAllLines(submissions()).get(0));
        assertTrue(first.has("_meta"), "the 2024 submissions carry nested objects, skipped by detection");
    }
}
