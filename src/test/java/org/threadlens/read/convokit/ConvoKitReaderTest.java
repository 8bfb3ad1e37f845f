package org.threadlens.read.convokit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;
import static org.threadlens.read.ThreadShapes.problemLines;
import static org.threadlens.read.ThreadShapes.shape;

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
import org.threadlens.read.InputSample;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadGrouper;
import org.threadlens.read.ThreadReaders;
import org.threadlens.read.ThreadStream;
import org.threadlens.read.Utf8Lines;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadFlag;

class ConvoKitReaderTest {
    private final ConvoKitReader reader = new ConvoKitReader();
    private final ReadProblems problems = ReadProblems.collecting();

    @TempDir
    Path workDir;

    /** Reads a fixture corpus with the grouper's heap budget ({@code 0} puts every record through the disk spill). */
    private List<DiscussionThread> read(String fixture, long memoryBudget) throws Exception {
        return read(fixture("convokit/" + fixture), memoryBudget);
    }

    private List<DiscussionThread> read(Path corpus, long memoryBudget) throws Exception {
        ReadContext ctx = new ReadContext(problems, new ReadOptions(Map.of(), workDir, Utf8Lines.DEFAULT_MAX_LINE_BYTES));
        List<DiscussionThread> out = new ArrayList<>();
        List<InputFile> input = List.of(InputFile.of(corpus.toString()));
        try (ThreadStream s = reader.open(input, ctx, memoryBudget)) {
            for (DiscussionThread t = s.read(); t != null; t = s.read()) {
                out.add(t);
            }
        }
        try (Stream<Path> left = Files.list(workDir)) {
            assertEquals(List.of(), left.toList(), "the spill is deleted on close");
        }
        return out;
    }

    @ParameterizedTest(name = "memory budget {0}")
    @ValueSource(longs = {ThreadGrouper.DEFAULT_MEMORY_BUDGET, 0})
    void hyphenVariantGroupsOutOfOrderUtterancesIntoConversations(long budget) throws Exception {
        List<DiscussionThread> threads = read("hyphen", budget);
        assertEquals(List.of("p1", "p2"), threads.stream().map(DiscussionThread::id).toList(), "in order of first utterance");
        DiscussionThread p1 = threads.get(0);
        assertEquals(List.of("p1 (post) @0", "c1 <- p1 @1", "c2 <- c1 @2", "c5 <- p1 @1"), shape(p1));
        DiscussionThread p2 = threads.get(1);
        assertEquals(List.of("p2 (post) @0", "c3 <- p2 @1 deleted", "c6 <- zz9 @1 orphan"), shape(p2));
    }

    @ParameterizedTest(name = "memory budget {0}")
    @ValueSource(longs = {ThreadGrouper.DEFAULT_MEMORY_BUDGET, 0})
    void sourceFlagsInMetaAsThreadLensExportsThemAreKept(long budget, @TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("utterances.jsonl"), String.join("\n",
                "{\"id\": \"p1\", \"conversation_id\": \"p1\", \"text\": \"Post.\", \"speaker\": \"a\", \"reply-to\": null, "
                        + "\"timestamp\": 1700000000, \"meta\": {\"flags\": []}}",
                "{\"id\": \"c1\", \"conversation_id\": \"p1\", \"text\": \"Fixed a typo.\", \"speaker\": \"b\", "
                        + "\"reply-to\": \"p1\", \"timestamp\": 1700000100, \"meta\": {\"flags\": [\"edited\", \"orphan\", \"shiny\"]}}",
                "{\"id\": \"c2\", \"conversation_id\": \"p1\", \"text\": \"[flagged]\", \"speaker\": \"c\", "
                        + "\"reply-to\": \"p1\", \"timestamp\": 1700000200, \"meta\": {\"flags\": [\"dead\"]}}") + "\n");
        DiscussionThread t = read(corpus, budget).get(0);
        assertEquals(Set.of(), t.comments().get(0).flags());
        assertEquals(Set.of(CommentFlag.EDITED), t.comments().get(1).flags(), "orphan is the tree's to say; unknown names ignored");
        assertEquals(Set.of(CommentFlag.DEAD), t.comments().get(2).flags());
        assertEquals(List.of(), problems.kept());
    }

    @ParameterizedTest(name = "memory budget {0}")
    @ValueSource(longs = {ThreadGrouper.DEFAULT_MEMORY_BUDGET, 0})
    void conversationMetadataGivesTitleCommunityCountAndPlatform(long budget) throws Exception {
        List<DiscussionThread> threads = read("hyphen", budget);
        DiscussionThread p1 = threads.get(0);
        assertEquals("Stoves for a thru-hike", p1.title());
        assertEquals("Ultralight", p1.community());
        assertEquals("reddit", p1.platform(), "a subreddit in the metadata means Reddit");
        assertEquals(5, p1.declaredCommentCount());
        assertEquals(1700000000L, p1.createdUtc());
        assertNull(p1.url());
        assertEquals(Set.of(), p1.flags());
        assertEquals("convokit", p1.source().format());
        assertTrue(p1.source().file().endsWith("hyphen/utterances.jsonl"), p1.source().file());
        DiscussionThread p2 = threads.get(1);
        assertEquals("Trail map app", p2.title());
        assertEquals("hiking", p2.community(), "from the root utterance's meta where the conversation names none");
        assertEquals("https://www.reddit.com/r/hiking/comments/p2/trail_map/", p2.url());
        assertNull(p2.declaredCommentCount());
    }

    @ParameterizedTest(name = "memory budget {0}")
    @ValueSource(longs = {ThreadGrouper.DEFAULT_MEMORY_BUDGET, 0})
    void utteranceFieldsAreKeptExactly(long budget) throws Exception {
        List<DiscussionThread> threads = read("hyphen", budget);
        Comment post = threads.get(0).comments().get(0);
        assertEquals("alice", post.author());
        assertEquals(40, post.score());
        assertEquals("Which stove do you carry?\n\nI am weighing gas &amp; alcohol.", post.text(), "no unescaping");
        Comment c2 = threads.get(0).comment("c2").orElseThrow();
        assertEquals("bob", c2.author());
        assertEquals(1700000300L, c2.createdUtc());
        Comment p2 = threads.get(1).comments().get(0);
        assertEquals(1700001000L, p2.createdUtc(), "fractions truncated");
        Comment deleted = threads.get(1).comment("c3").orElseThrow();
        assertEquals("[deleted]", deleted.author());
        assertNull(deleted.score());
        assertNull(deleted.createdUtc(), "a null timestamp is no time");
        Comment orphan = threads.get(1).comment("c6").orElseThrow();
        assertEquals(-2, orphan.score());
        assertEquals(1700001500L, orphan.createdUtc(), "a timestamp given as a string of digits");
        assertEquals(Set.of(CommentFlag.ORPHAN), orphan.flags());
    }

    @ParameterizedTest(name = "memory budget {0}")
    @ValueSource(longs = {ThreadGrouper.DEFAULT_MEMORY_BUDGET, 0})
    void badUtterancesAreSkippedWithTheirLineAndWhatWasExpected(long budget) throws Exception {
        read("hyphen", budget);
        assertEquals(List.of(
                "4: not JSON: Unrecognized token 'this': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "7: utterance c4: expected a conversation id ('conversation_id' or 'root'), found none",
                "8: expected an utterance id ('id'), found none",
                "12: utterance c7: 'timestamp': expected epoch seconds or an ISO-8601 date-time, found 'last week'",
                "11: expected each id once in thread p1, found id c1 again: the first is kept"), problemLines(problems));
        assertTrue(problems.kept().stream().allMatch(p -> p.file().endsWith("hyphen/utterances.jsonl")));
    }

    @ParameterizedTest(name = "memory budget {0}")
    @ValueSource(longs = {ThreadGrouper.DEFAULT_MEMORY_BUDGET, 0})
    void underscoreVariantWithUserRootAndIntegerIds(long budget) throws Exception {
        List<DiscussionThread> threads = read("underscore", budget);
        assertEquals(List.of("conv-A", "101"), threads.stream().map(DiscussionThread::id).toList());
        DiscussionThread intro = threads.get(1);
        assertEquals(List.of("101 (post) @0", "102 <- 101 @1"), shape(intro));
        assertEquals("Introductions", intro.title(), "metadata at the top level of a conversation entry (older corpora)");
        assertEquals("newcomers", intro.community());
        assertEquals("convokit", intro.platform(), "nothing says which platform");
        assertEquals("mod", intro.comments().get(0).author());
        assertEquals(5, intro.comments().get(0).score(), "a score given as a string");
        assertEquals(2, intro.comments().get(1).score(), "a score given as 2.0");
    }

    @ParameterizedTest(name = "memory budget {0}")
    @ValueSource(longs = {ThreadGrouper.DEFAULT_MEMORY_BUDGET, 0})
    void aConversationWhoseIdIsNoUtteranceTakesItsOnlyRootAsPost(long budget) throws Exception {
        DiscussionThread t = read("underscore", budget).get(0);
        assertEquals(List.of("a1 (post) @0", "a2 <- a1 @1", "a3 <- a2 @2"), shape(t));
        assertEquals("conv-A", t.id(), "the thread id stays the conversation id");
        assertEquals(1499999990L, t.createdUtc());
        assertEquals(1500000000L, t.comments().get(1).createdUtc(), "1.5e9");
        assertEquals("Speaker B", t.comments().get(1).author());
        assertNull(t.title(), "a null title is no title");
        assertFalse(t.has(ThreadFlag.POST_MISSING));
        assertEquals(1, problems.count());
        String problem = problemLines(problems).get(0);
        assertTrue(problem.startsWith("6: not JSON: Unexpected end-of-input"), problem);
    }

    @Test
    void anUtterancesFileGivenDirectlyReadsItsDirectoryAsTheCorpus() throws Exception {
        List<DiscussionThread> fromFile = read("underscore/utterances.jsonl", ThreadGrouper.DEFAULT_MEMORY_BUDGET);
        assertEquals(read("underscore", ThreadGrouper.DEFAULT_MEMORY_BUDGET).stream().map(DiscussionThread::comments).toList(),
                fromFile.stream().map(DiscussionThread::comments).toList());
        assertEquals("Introductions", fromFile.get(1).title(), "conversations.json beside the file");
    }

    @Test
    void aDirectoryWithoutUtterancesJsonlNamesTheDirectoryAndWhatWasExpected() {
        ReadContext strict = new ReadContext(ReadProblems.throwing(), new ReadOptions(Map.of(), workDir, 1 << 20));
        InputFormatException e = assertThrows(InputFormatException.class, () -> {
            try (ThreadStream s = reader.open(List.of(InputFile.of(fixture("convokit/no-utterances").toString())), strict)) {
                s.read();
            }
        });
        assertTrue(e.file().endsWith("convokit/no-utterances"), e.file());
        assertTrue(e.getMessage().endsWith("expected a ConvoKit corpus directory holding utterances.jsonl, "
                + "found only corpus.json, utterances.json (utterances.json is the ConvoKit 1.x layout, not read: save the corpus again with "
                + "ConvoKit 2's Corpus.dump)"), e.getMessage());
    }

    @Test
    void detectionRecognizesACorpusDirectoryAndItsUtterancesFile() throws Exception {
        assertEquals(ConvoKitReader.NAME, ThreadReaders.detect(InputFile.of(fixture("convokit/hyphen").toString())).name());
        assertEquals(ConvoKitReader.NAME,
                ThreadReaders.detect(InputFile.of(fixture("convokit/underscore/utterances.jsonl").toString())).name());
        assertFalse(reader.recognizes(new InputSample("corpus", "", List.of("corpus.json", "utterances.json"))));
        assertFalse(reader.recognizes(new InputSample("comments.jsonl", "{\"id\": 1}")));
    }
}
