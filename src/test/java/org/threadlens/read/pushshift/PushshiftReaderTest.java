package org.threadlens.read.pushshift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;

import com.github.luben.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadStream;
import org.threadlens.read.Utf8Lines;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadFlag;

class PushshiftReaderTest {
    @TempDir
    Path workDir;

    private final PushshiftReader reader = new PushshiftReader();

    /** What one read gave: the threads in order and the problems reported. */
    private record Read(List<DiscussionThread> threads, ReadProblems problems) {
        List<String> threadIds() {
            return threads.stream().map(DiscussionThread::id).toList();
        }

        DiscussionThread thread(String id) {
            return threads.stream().filter(t -> t.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no thread " + id + " in " + threadIds()));
        }

        Comment comment(String id) {
            return threads.stream().flatMap(t -> t.comments().stream()).filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no comment " + id));
        }

        long records() {
            return threads.stream().mapToLong(t -> t.comments().size()).sum();
        }
    }

    private Read read(ReadProblems problems, String... fixtures) throws Exception {
        List<InputFile> inputs = new ArrayList<>();
        for (String f : fixtures) {
            inputs.add(InputFile.of(fixture("pushshift/" + f).toString()));
        }
        ReadOptions options = new ReadOptions(Map.of(), workDir, Utf8Lines.DEFAULT_MAX_LINE_BYTES);
        List<DiscussionThread> out = new ArrayList<>();
        try (ThreadStream s = reader.open(inputs, new ReadContext(problems, options))) {
            for (DiscussionThread t = s.read(); t != null; t = s.read()) {
                out.add(t);
            }
        }
        return new Read(out, problems);
    }

    private Read read(String... fixtures) throws Exception {
        return read(ReadProblems.collecting(), fixtures);
    }

    /** Asserts a comment's place in its thread and what it says. */
    private static void assertComment(Comment c, String parentId, int depth, String author, Integer score,
                                      Long createdUtc, String text, CommentFlag... flags) {
        String what = "comment " + c.id();
        assertEquals(parentId, c.parentId(), what + " parent");
        assertEquals(depth, c.depth(), what + " depth");
        assertEquals(author, c.author(), what + " author");
        assertEquals(score, c.score(), what + " score");
        assertEquals(createdUtc, c.createdUtc(), what + " createdUtc");
        assertEquals(text, c.text(), what + " text");
        assertEquals(Set.of(flags), c.flags(), what + " flags");
    }

    /** Asserts that {@code line} of {@code fixture} was skipped with a message containing {@code expected}. */
    private static void assertSkipped(Read read, String fixture, long line, String expected) {
        ReadProblem p = read.problems().kept().stream().filter(k -> k.file().endsWith(fixture) && k.line() == line)
                .findFirst().orElseThrow(() -> new AssertionError(fixture + ":" + line + " not reported in "
                        + read.problems().kept()));
        assertTrue(p.message().contains(expected), p.message());
    }

    private List<Path> spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(workDir)) {
            return files.toList();
        }
    }

    @Test
    void separateSubmissionAndCommentFilesAssembleThreadsAcrossFiles() throws Exception {
        Read r = read("RS_2024-01.ndjson", "RC_2024-01.ndjson");
        assertEquals(List.of("s1", "s2", "x9"), r.threadIds());
        assertEquals(List.of("s1", "k1", "k2", "k6"), r.thread("s1").comments().stream().map(Comment::id).toList());
        assertComment(r.comment("s1"), null, 0, "op_user", 57, 1706745600L,
                "I have about $200 to spend.\n\n&gt; quoted FAQ line");
        assertComment(r.comment("k1"), "s1", 1, "commenter", 12, 1706745650L, "The J-Max is great.", CommentFlag.EDITED);
        assertComment(r.comment("k2"), "k1", 2, "commenter", null, 1706745700L, "Replying to k1, read before it.");
        assertEquals(0, r.problems().count());
        assertEquals(0, r.problems().failedInputs());
    }

    @Test
    void theOrderOfTheFilesDoesNotChangeTheThreads() throws Exception {
        assertEquals(read("RS_2024-01.ndjson", "RC_2024-01.ndjson").threads(),
                read("RC_2024-01.ndjson", "RS_2024-01.ndjson").threads());
    }

    @Test
    void threadsComeInTheOrderOfTheirFirstRecordInTheInputs() throws Exception {
        assertEquals(List.of("17863", "17870", "s1", "s2", "x9"),
                read("both-kinds.ndjson", "RS_2024-01.ndjson", "RC_2024-01.ndjson").threadIds());
        assertEquals(List.of("s1", "s2", "x9", "17863", "17870"),
                read("RC_2024-01.ndjson", "both-kinds.ndjson", "RS_2024-01.ndjson").threadIds());
    }

    @Test
    void siblingsComeInCreationOrderAndTiesInInputOrder() throws Exception {
        Read r = read("RS_2024-01.ndjson", "RC_2024-01.ndjson");
        // k1 and k6 were created in the same second; k1 is earlier in the file
        assertEquals(1706745650L, r.comment("k6").createdUtc());
        assertEquals(List.of("k1", "k2", "k6"), r.thread("s1").comments().subList(1, 4).stream().map(Comment::id).toList());
    }

    @Test
    void commentsBeforeTheirSubmissionInOneFile() throws Exception {
        Read r = read("both-kinds.ndjson");
        DiscussionThread t = r.thread("17863");
        assertEquals(List.of("17863", "c13", "c14"), t.comments().stream().map(Comment::id).toList());
        assertEquals(CommentKind.POST, t.comments().get(0).kind());
        assertComment(r.comment("c14"), "c13", 2, "frjo", 2, 1134365725L, "A reply written before the submission line.");
        assertFalse(t.has(ThreadFlag.POST_MISSING));
    }

    @Test
    void aThreadWithoutItsSubmissionIsKeptAndFlaggedPostMissing() throws Exception {
        DiscussionThread t = read("RS_2024-01.ndjson", "RC_2024-01.ndjson").thread("x9");
        assertTrue(t.has(ThreadFlag.POST_MISSING));
        assertTrue(t.post().isEmpty());
        assertEquals("espresso", t.community());
        assertNull(t.title());
        assertNull(t.url());
        assertNull(t.createdUtc());
        assertNull(t.declaredCommentCount());
        assertEquals(List.of("k5", "k4", "k7"), t.comments().stream().map(Comment::id).toList());
        assertComment(t.comments().get(0), "x9", 1, "commenter", 1, 1706745665L,
                "Top-level reply in a thread whose post is absent.", CommentFlag.ORPHAN);
        assertComment(t.comments().get(1), "gone", 1, "commenter", 1, 1706745670L, "My parent was never archived.",
                CommentFlag.ORPHAN);
        assertEquals(2, t.comments().get(2).depth());
    }

    @Test
    void theThreadTakesTitleUrlCommunityAndDeclaredCountFromTheSubmission() throws Exception {
        DiscussionThread s1 = read("RS_2024-01.ndjson", "RC_2024-01.ndjson").thread("s1");
        assertEquals("reddit", s1.platform());
        assertEquals("Best budget grinder?", s1.title());
        assertEquals("https://www.reddit.com/r/espresso/comments/s1/a_title/", s1.url());
        assertEquals("espresso", s1.community());
        assertEquals(1706745600L, s1.createdUtc());
        assertEquals(3, s1.declaredCommentCount());
        assertEquals(PushshiftReader.NAME, s1.source().format());
        assertTrue(s1.source().file().endsWith("RS_2024-01.ndjson"), s1.source().file());
    }

    @Test
    void anAbsolutePermalinkIsKeptAndNoPermalinkGivesNoUrl() throws Exception {
        assertEquals("https://old.reddit.com/r/reddit.com/comments/17870/absolute/", read("both-kinds.ndjson").thread("17870").url());
        assertNull(read("RS_2024-01.ndjson").thread("s2").url());
    }

    @Test
    void createdUtcAsIntegerDecimalOrStringIsEpochSecondsTruncated() throws Exception {
        Read r = read("RS_2024-01.ndjson", "RC_2024-01.ndjson", "both-kinds.ndjson");
        assertEquals(1706745600L, r.comment("s1").createdUtc());      // 1706745600
        assertEquals(1706745601L, r.comment("s2").createdUtc());      // 1706745601.75
        assertEquals(1706745660L, r.comment("k3").createdUtc());      // 1706745660.9
        assertEquals(1706745700L, r.comment("k2").createdUtc());      // "1706745700"
        assertEquals(1134366000L, r.comment("17870").createdUtc());   // "1134366000.0"
    }

    @Test
    void aScoreThatIsNullOrMissingIsAbsentAndANumericStringIsANumber() throws Exception {
        Read r = read("RS_2024-01.ndjson", "RC_2024-01.ndjson");
        assertNull(r.comment("k2").score());     // missing
        assertNull(r.comment("k3").score());     // null
        assertNull(r.comment("s2").score());     // null on a submission
        assertEquals(3, r.comment("k7").score()); // "3"
        assertEquals(-4, r.comment("k6").score());
    }

    @Test
    void editedIsFlaggedWhenTrueOrATimeAndNotWhenFalseZeroOrNull() throws Exception {
        Read r = read("RS_2024-01.ndjson", "RC_2024-01.ndjson");
        assertTrue(r.comment("k1").has(CommentFlag.EDITED));   // true
        assertTrue(r.comment("s2").has(CommentFlag.EDITED));   // 1706749999.0
        assertFalse(r.comment("s1").has(CommentFlag.EDITED));  // false
        assertFalse(r.comment("k5").has(CommentFlag.EDITED));  // 0
        assertFalse(r.comment("k6").has(CommentFlag.EDITED));  // null
    }

    @Test
    void prefixedAndBareIdsReadAlike() throws Exception {
        Read r = read("RS_2024-01.ndjson", "RC_2024-01.ndjson");
        // k3: "link_id": "s2", "parent_id": "s2", no "name"; k7: no "id", "name": "t1_k7", "parent_id": "t1_k4"
        assertComment(r.comment("k3"), "s2", 1, "[deleted]", null, 1706745660L, "[deleted]", CommentFlag.DELETED);
        assertEquals("s2", r.thread("s2").comments().get(1).parentId());
        assertComment(r.comment("k7"), "k4", 2, "commenter", 3, 1706745680L, "Only a fullname, no id.");
    }

    @Test
    void deletedAndRemovedBodiesAreFlaggedAndKept() throws Exception {
        Read r = read("RS_2024-01.ndjson", "RC_2024-01.ndjson");
        assertComment(r.comment("s2"), null, 0, "[deleted]", null, 1706745601L, "[removed]", CommentFlag.REMOVED,
                CommentFlag.EDITED);
        assertEquals(Set.of(CommentFlag.DELETED), r.comment("k3").flags());
    }

    @Test
    void textComesBackExactlyEvenWithANulAndALoneSurrogateBecomesUFFFD() throws Exception {
        Read r = read("exact-text.ndjson");
        assertEquals("cut emoji \ufffd end", r.comment("t1x").text());
        assertEquals("caf\u00e9\ufffd", r.comment("t1x").author());
        assertEquals("nul\u0000 &amp; \uD83D\uDE00  \n", r.comment("t2x").text());
    }

    @Test
    void duplicatesAreSkippedNamingBothPlacesAndTheFirstCopyIsKept() throws Exception {
        Read r = read("duplicates.ndjson");
        assertEquals("first copy", r.comment("d1").text());
        assertEquals("first copy of e1", r.comment("e1").text());
        assertEquals(2, r.records());
        assertEquals(2, r.problems().count());
        assertSkipped(r, "duplicates.ndjson", 3, "duplicate of post d1 already read at ");
        assertSkipped(r, "duplicates.ndjson", 4, "duplicate of comment e1 already read at ");
        assertSkipped(r, "duplicates.ndjson", 4, "duplicates.ndjson:2");
    }

    @Test
    void badLinesAreSkippedCountedAndTheRestIsRead() throws Exception {
        Read r = read("bad-lines.ndjson");
        assertEquals(List.of("g1", "g5"), r.thread("b1").comments().stream().map(Comment::id).toList());
        assertEquals(2, r.thread("b1").comments().get(1).depth());
        assertEquals(7, r.problems().count());
        assertSkipped(r, "bad-lines.ndjson", 2, "not JSON");
        assertSkipped(r, "bad-lines.ndjson", 3, "expected a JSON object, found array");
        assertSkipped(r, "bad-lines.ndjson", 4, "expected a Reddit comment (link_id, parent_id, body) or submission");
        assertSkipped(r, "bad-lines.ndjson", 5, "comment g2 has no 'link_id'");
        assertSkipped(r, "bad-lines.ndjson", 6, "comment without 'id'");
        assertSkipped(r, "bad-lines.ndjson", 7, "expected 'created_utc' to be epoch seconds");
        assertSkipped(r, "bad-lines.ndjson", 8, "expected 'edited' to be false, true or the time of the edit");
    }

    @Test
    void strictModeStopsAtTheFirstBadLineAndDeletesTheSpill() throws Exception {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> read(ReadProblems.throwing(), "bad-lines.ndjson"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("bad-lines.ndjson:2: not JSON"), e.getMessage());
        assertEquals(List.of(), spillFiles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gz", "bz2", "xz", "zst"})
    void compressedCopiesReadLikeThePlainFile(String extension) throws Exception {
        List<DiscussionThread> plain = read("RS_2024-01.ndjson", "RC_2024-01.ndjson").threads();
        List<DiscussionThread> compressed = read("RS_2024-01.ndjson", "RC_2024-01.ndjson." + extension).threads();
        assertEquals(plain.stream().map(DiscussionThread::comments).toList(),
                compressed.stream().map(DiscussionThread::comments).toList());
        assertTrue(compressed.get(2).source().file().endsWith("RC_2024-01.ndjson." + extension));
    }

    @Test
    void theZstdCopyNeedsTheTwoGibWindowOfRealDumps() throws IOException {
        // made by zstd --long=31 from a pipe: the frame declares a 2 GiB window, which decoders refuse by default
        try (InputStream in = new ZstdInputStream(Files.newInputStream(fixture("pushshift/RC_2024-01.ndjson.zst")))) {
            IOException e = assertThrows(IOException.class, in::readAllBytes);
            assertTrue(e.getMessage().contains("memory"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated.ndjson.zst", "truncated.ndjson.gz"})
    void aCutCompressedInputKeepsItsThreadsUpToTheBreakAndTheOtherInputsAreRead(String cut) throws Exception {
        Read r = read(cut, "both-kinds.ndjson");
        assertEquals(1, r.problems().failedInputs());
        ReadProblem failure = r.problems().kept().get(0);
        assertTrue(failure.file().endsWith(cut), failure.toString());
        // InputFormatException.brokenOff: "... breaks off after line N ..." or "cannot read after line N: ..."
        var breakLine = java.util.regex.Pattern.compile(" after line (\\d+)").matcher(failure.message());
        assertTrue(breakLine.find(), failure.message());
        long linesBeforeTheBreak = Long.parseLong(breakLine.group(1));

        assertEquals(List.of("tr1", "tr2", "tr3", "17863", "17870"), r.threadIds());
        List<Comment> kept = Stream.of("tr1", "tr2", "tr3").flatMap(id -> r.thread(id).comments().stream()).toList();
        assertEquals(linesBeforeTheBreak, kept.size(), "every line before the break is a kept record");
        assertTrue(linesBeforeTheBreak > 100 && linesBeforeTheBreak < 1202, "broke off mid-file: " + linesBeforeTheBreak);
        String lastKept = "m%04d".formatted(linesBeforeTheBreak - 3);
        assertEquals(lastKept, kept.stream().map(Comment::id).filter(id -> id.startsWith("m")).max(String::compareTo).orElseThrow());
        assertTrue(r.thread("tr3").has(ThreadFlag.POST_MISSING));
        assertEquals(3, r.thread("17863").comments().size());
    }

    @Test
    void anInputThatCannotBeDecompressedAtAllIsReportedAndTheOthersAreRead(@TempDir Path elsewhere) throws Exception {
        Path broken = elsewhere.resolve("RC_broken.ndjson.gz");
        Files.write(broken, new byte[] {0x1f, (byte) 0x8b, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00});
        ReadProblems problems = ReadProblems.collecting();
        List<DiscussionThread> threads = new ArrayList<>();
        ReadContext context = new ReadContext(problems, new ReadOptions(Map.of(), workDir, Utf8Lines.DEFAULT_MAX_LINE_BYTES));
        try (ThreadStream s = reader.open(List.of(InputFile.of(broken.toString()),
                InputFile.of(fixture("pushshift/both-kinds.ndjson").toString())), context)) {
            for (DiscussionThread t = s.read(); t != null; t = s.read()) {
                threads.add(t);
            }
        }
        assertEquals(List.of("17863", "17870"), threads.stream().map(DiscussionThread::id).toList());
        assertEquals(1, problems.failedInputs());
        assertTrue(problems.kept().get(0).toString().startsWith(broken.toString() + ": "), problems.kept().toString());
    }

    @Test
    void theSpillLivesInTheWorkDirectoryWhileReadingAndIsDeletedOnClose() throws Exception {
        InputFile in = InputFile.of(fixture("pushshift/both-kinds.ndjson").toString());
        ReadContext context = new ReadContext(ReadProblems.collecting(),
                new ReadOptions(Map.of(), workDir, Utf8Lines.DEFAULT_MAX_LINE_BYTES));
        try (ThreadStream s = reader.open(List.of(in), context)) {
            assertEquals(List.of(), spillFiles(), "nothing is spilled before the first read");
            assertEquals("17863", s.read().id());
            List<Path> spill = spillFiles();
            assertEquals(1, spill.size());
            assertTrue(spill.get(0).getFileName().toString().startsWith(SpillDirectory.PREFIX), spill.toString());
        }
        assertEquals(List.of(), spillFiles());
    }
}
