package org.threadlens.read.mapped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;
import static org.threadlens.read.ThreadShapes.problemLines;
import static org.threadlens.read.ThreadShapes.shape;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.threadlens.read.InputSample;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadGrouper;
import org.threadlens.read.ThreadStream;
import org.threadlens.read.Utf8Lines;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadFlag;

class MappedReadersTest {
    private static final String CSV_MAP = "id=post_id,parent=reply_to,thread=topic_id,author=user,text=body,time=posted_at,"
            + "score=likes,title=topic_title,community=board";
    private static final String JSONL_MAP = "id=msg.id,parent=msg.parent,thread=topic,text=body,author=meta.author,"
            + "score=meta.score,time=ts,title=title";

    private final MappedCsvReader csv = new MappedCsvReader();
    private final MappedJsonlReader jsonl = new MappedJsonlReader();
    private ReadProblems problems = ReadProblems.collecting();

    @TempDir
    Path workDir;

    /** {@code --map} as the command line gives it: {@code a=b,c=d}. */
    private static Map<String, String> map(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            String[] kv = pair.split("=", 2);
            m.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return m;
    }

    private ReadContext context(String mapping) {
        return new ReadContext(problems, new ReadOptions(mapping.isEmpty() ? Map.of() : map(mapping), workDir,
                Utf8Lines.DEFAULT_MAX_LINE_BYTES));
    }

    private List<DiscussionThread> readCsv(String mapping, long budget, String... fixtures) throws Exception {
        return drain(csv.open(inputs(fixtures), context(mapping), budget));
    }

    private List<DiscussionThread> readJsonl(String mapping, long budget, String... fixtures) throws Exception {
        return drain(jsonl.open(inputs(fixtures), context(mapping), budget));
    }

    private static List<InputFile> inputs(String... fixtures) throws Exception {
        List<InputFile> in = new ArrayList<>();
        for (String f : fixtures) {
            in.add(InputFile.of(f.startsWith("/") ? f : fixture("mapped/" + f).toString()));
        }
        return in;
    }

    private List<DiscussionThread> drain(ThreadStream s) throws Exception {
        List<DiscussionThread> out = new ArrayList<>();
        try (s) {
            for (DiscussionThread t = s.read(); t != null; t = s.read()) {
                out.add(t);
            }
        }
        try (Stream<Path> left = Files.list(workDir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("threadlens-spill")).toList());
        }
        return out;
    }

    /** Asserts that opening or reading with this mapping fails with a message ending in {@code expected}. */
    private void assertRefused(ThreadReaderCall call, String expected) {
        problems = ReadProblems.throwing();
        InputFormatException e = assertThrows(InputFormatException.class, call::run);
        assertTrue(e.getMessage().endsWith(expected), e.getMessage());
    }

    @FunctionalInterface
    private interface ThreadReaderCall {
        void run() throws Exception;
    }

    @ParameterizedTest(name = "memory budget {0}")
    @ValueSource(longs = {ThreadGrouper.DEFAULT_MEMORY_BUDGET, 0})
    void csvRowsAnywhereInTheFileAreGroupedByThread(long budget) throws Exception {
        List<DiscussionThread> threads = readCsv(CSV_MAP, budget, "forum.csv");
        assertEquals(List.of("100", "200", "301"), threads.stream().map(DiscussionThread::id).toList());
        assertEquals(List.of("100 (post) @0", "101 <- 100 @1", "102 <- 101 @2", "104 <- 999 @1 orphan"), shape(threads.get(0)));
        assertEquals(List.of("200 (post) @0", "201 <- 200 @1"), shape(threads.get(1)));
        assertEquals(List.of("300 <- 301 @1 orphan"), shape(threads.get(2)));
        assertTrue(threads.get(2).has(ThreadFlag.POST_MISSING));
    }

    @ParameterizedTest(name = "memory budget {0}")
    @ValueSource(longs = {ThreadGrouper.DEFAULT_MEMORY_BUDGET, 0})
    void csvFieldsQuotedMultiLineTextAndIsoTimes(long budget) throws Exception {
        List<DiscussionThread> threads = readCsv(CSV_MAP, budget, "forum.csv");
        DiscussionThread t100 = threads.get(0);
        assertEquals("Welcome to the board", t100.title());
        assertEquals("general", t100.community());
        assertEquals("forum", t100.platform());
        assertEquals(1709280000L, t100.createdUtc(), "2024-03-01T09:00:00+01:00");
        Comment post = t100.comments().get(0);
        assertEquals("ann", post.author());
        assertEquals(10, post.score());
        assertEquals("First post body", post.text());
        Comment c102 = t100.comment("102").orElseThrow();
        assertEquals("Agreed, \"mostly\".", c102.text());
        assertEquals(1709287500L, c102.createdUtc());
        assertNull(t100.comment("101").orElseThrow().score(), "an empty cell is no score");
        assertEquals(1709290000L, t100.comment("104").orElseThrow().createdUtc(), "epoch seconds");
        Comment op200 = threads.get(1).comments().get(0);
        assertEquals("Line one\nline two, with a comma\n\nline four", op200.text());
        assertEquals(1709366400L, op200.createdUtc(), "2024-03-02 08:00:00, read as UTC");
        Comment empty = threads.get(1).comments().get(1);
        assertEquals("", empty.text(), "an empty body is kept");
        assertEquals(0, empty.score());
        assertEquals(1709337600L, empty.createdUtc(), "a date alone is midnight UTC");
        assertEquals(Set.of(), empty.flags());
        assertEquals("mapped-csv", t100.source().format());
    }

    @Test
    void badCsvRowsAreSkippedWithRecordAndLine() throws Exception {
        readCsv(CSV_MAP, ThreadGrouper.DEFAULT_MEMORY_BUDGET, "forum.csv");
        assertEquals(List.of(
                "9: record 5: expected a value in column 'post_id' (id), found none",
                "10: record 6: column 'posted_at' (time): expected epoch seconds or an ISO-8601 date-time, "
                        + "found 'yesterday'",
                "13: record 9: expected 9 fields as in the header, found 2"), problemLines(problems));
        assertTrue(problems.kept().stream().allMatch(p -> p.file().endsWith("mapped/forum.csv")));
    }

    @Test
    void literalPlatformAndCommunityApplyToEveryThread() throws Exception {
        String m = "id=post_id,parent=reply_to,thread=topic_id,text=body,platform=:phpbb,community=:Garden Club";
        DiscussionThread t = readCsv(m, ThreadGrouper.DEFAULT_MEMORY_BUDGET, "forum.csv").get(0);
        assertEquals("phpbb", t.platform());
        assertEquals("Garden Club", t.community());
        assertNull(t.comments().get(0).author(), "author not mapped");
        assertNull(t.createdUtc(), "time not mapped");
    }

    @Test
    void aThreadSpanningTwoInputsIsAssembledOnce() throws Exception {
        Path part = workDir.resolve("part2.csv");
        Files.writeString(part, "post_id,topic_id,reply_to,user,body,posted_at,likes,topic_title,board\n"
                + "106,100,100,jo,From the second part,,,,\n", StandardCharsets.UTF_8);
        List<DiscussionThread> threads = readCsv(CSV_MAP, ThreadGrouper.DEFAULT_MEMORY_BUDGET, "forum.csv", part.toString());
        assertEquals(3, threads.size());
        assertEquals(List.of("100 (post) @0", "101 <- 100 @1", "102 <- 101 @2", "106 <- 100 @1", "104 <- 999 @1 orphan"),
                shape(threads.get(0)));
    }

    @ParameterizedTest(name = "memory budget {0}")
    @ValueSource(longs = {ThreadGrouper.DEFAULT_MEMORY_BUDGET, 0})
    void jsonlWithDottedKeysAndNumericIds(long budget) throws Exception {
        List<DiscussionThread> threads = readJsonl(JSONL_MAP, budget, "forum.jsonl");
        assertEquals(List.of("T1", "7"), threads.stream().map(DiscussionThread::id).toList());
        DiscussionThread t1 = threads.get(0);
        assertEquals(List.of("T1 (post) @0", "m2 <- T1 @1", "m5 <- m2 @2"), shape(t1));
        assertEquals("JSONL topic", t1.title());
        assertEquals(1711000100L, t1.createdUtc());
        assertEquals("amy", t1.comments().get(0).author());
        assertEquals(9, t1.comments().get(0).score());
        assertEquals(4, t1.comments().get(1).score());
        assertEquals("Reply one", t1.comments().get(1).text());
        DiscussionThread t7 = threads.get(1);
        assertEquals(List.of("7 (post) @0"), shape(t7));
        assertEquals(1711000300L, t7.createdUtc(), "a decimal time is truncated");
        assertNull(t7.comments().get(0).score());
    }

    @Test
    void badJsonlRowsAreSkippedWithTheirLine() throws Exception {
        readJsonl(JSONL_MAP, ThreadGrouper.DEFAULT_MEMORY_BUDGET, "forum.jsonl");
        List<String> lines = problemLines(problems);
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("4: expected key 'body' (text) to be a string, found a JSON number", lines.get(0));
        assertTrue(lines.get(1).startsWith("5: not JSON: "), lines.get(1));
        assertEquals("6: key 'meta.score' (score): expected an integer, found 'lots'", lines.get(2));
    }

    @Test
    void formatsAreNeverDetected() {
        assertFalse(csv.recognizes(new InputSample("forum.csv", "id,thread,text\n1,1,hello\n")));
        assertFalse(jsonl.recognizes(new InputSample("forum.jsonl", "{\"id\": 1}\n")));
    }

    @Test
    void withoutMapTheErrorListsTheColumnsOfTheFile() {
        assertRefused(() -> readCsv("", 0, "forum.csv"),
                "mapped-csv needs --map id=...,thread=...,text=... (columns in this file: post_id, topic_id, reply_to, user, body, posted_at, likes, topic_title, board)");
        assertRefused(() -> readJsonl("", 0, "forum.jsonl"), "mapped-jsonl needs --map id=...,thread=...,text=... "
                + "(keys in the first record: msg, topic, body, meta, ts)");
    }

    @Test
    void anUnknownMapKeyIsAnsweredWithTheKnownOnes() {
        assertRefused(() -> readCsv("id=post_id,thread=topic_id,text=body,likes=likes", 0, "forum.csv"),
                "--map: unknown field 'likes'; the fields are id, thread, text, parent, author, time, score, title, "
                        + "community, platform, url");
    }

    @Test
    void aRequiredFieldMissingFromTheMap() {
        assertRefused(() -> readCsv("id=post_id,thread=topic_id", 0, "forum.csv"), "--map names no column for text: mapped-csv "
                + "needs --map id=...,thread=...,text=... (columns in this file: post_id, topic_id, reply_to, user, body, "
                + "posted_at, likes, topic_title, board)");
        assertRefused(() -> readCsv("id=:7,thread=topic_id,text=body", 0, "forum.csv"),
                "--map id=:7: only community and platform take a literal value (':VALUE'); expected id=COLUMN");
    }

    @Test
    void aMappedColumnMissingFromTheHeaderNamesItAndListsTheHeader() {
        assertRefused(() -> readCsv("id=post_id,thread=topic_id,text=content", 0, "forum.csv"),
                "forum.csv:1: --map text=content: no column 'content' in the header; the columns are: post_id, topic_id, "
                        + "reply_to, user, body, posted_at, likes, topic_title, board");
        assertRefused(() -> readJsonl("id=msg.id,thread=topic,text=content", 0, "forum.jsonl"),
                "forum.jsonl:1: --map text=content: the first record has no key 'content'; "
                        + "its keys are: msg, topic, body, meta, ts");
    }

    @Test
    void aCsvSyntaxErrorEndsTheInputButKeepsTheRowsBefore() throws Exception {
        Path broken = workDir.resolve("broken.csv");
        Files.writeString(broken, "id,thread,text\n1,1,fine\n2,1,\"unclosed \" quote\n3,1,after\n", StandardCharsets.UTF_8);
        List<DiscussionThread> threads = readCsv("id=id,thread=thread,text=text", 0, broken.toString());
        assertEquals(List.of("1 (post) @0"), shape(threads.get(0)));
        assertEquals(1, problems.failedInputs());
        assertTrue(problems.kept().get(0).message().contains("expected RFC 4180 CSV"), problems.kept().get(0).message());
        assertEquals(3, problems.kept().get(0).line());
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsSkipped() throws Exception {
        Path bom = workDir.resolve("bom.csv");
        Files.writeString(bom, "\uFEFFid,thread,text\r\n1,1,hello\r\n", StandardCharsets.UTF_8);
        DiscussionThread t = readCsv("id=id,thread=thread,text=text", 0, bom.toString()).get(0);
        assertEquals(List.of("1 (post) @0"), shape(t), "the first column is 'id', not '\\uFEFFid'");
        assertEquals("hello", t.comments().get(0).text(), "CRLF line ends are not part of the text");
    }
}
