package org.threadlens.read.redditapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadFlag;
import org.threadlens.thread.Unfetched;

class RedditApiReaderTest {
    private final RedditApiReader reader = new RedditApiReader();

    /** What a read gave: the threads, and the problems reported on the way. */
    record Read(List<DiscussionThread> threads, ReadProblems problems) {
        List<String> messages() {
            return problems.kept().stream().map(ReadProblem::message).toList();
        }
    }

    static Read read(ReadProblems problems, Path... files) throws Exception {
        List<InputFile> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(InputFile.of(f.toString()));
        }
        List<DiscussionThread> out = new ArrayList<>();
        try (ThreadStream s = new RedditApiReader().open(inputs, new ReadContext(problems, ReadOptions.defaults()))) {
            for (DiscussionThread t = s.read(); t != null; t = s.read()) {
                out.add(t);
            }
        }
        return new Read(out, problems);
    }

    /** Reads a fixture, collecting problems. */
    static Read read(String fixture) throws Exception {
        return read(ReadProblems.collecting(), fixture("reddit-api/" + fixture));
    }

    /** Reads a fixture that must give one thread and no problem. */
    static DiscussionThread readOne(String fixture) throws Exception {
        Read r = read(ReadProblems.throwing(), fixture("reddit-api/" + fixture));
        assertEquals(1, r.threads().size());
        return r.threads().get(0);
    }

    /** The thread's shape in pre-order, one {@code id<parentId@depth} per comment. */
    static List<String> shape(DiscussionThread t) {
        return t.comments().stream().map(c -> c.id() + "<" + c.parentId() + "@" + c.depth()).toList();
    }

    static Comment comment(DiscussionThread t, String id) {
        return t.comment(id).orElseThrow(() -> new AssertionError("no comment " + id + " in " + shape(t)));
    }

    /** Asserts that reading the fixture fails as a whole at {@code line} with a message containing {@code expected}. */
    private static void assertMalformed(String fixture, long line, String expected) {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> read(ReadProblems.throwing(), fixture("reddit-api/" + fixture)));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(fixture), "names the file: " + e.getMessage());
    }

    @Test
    void thePostIsTheRootAndCarriesTheThreadsFields() throws Exception {
        DiscussionThread t = readOne("nested-thread.json");
        assertEquals("1abcd2e", t.id());
        assertEquals("reddit", t.platform());
        assertEquals("espresso", t.community());
        assertEquals("Best budget grinder &amp; scale?", t.title());
        assertEquals("https://www.reddit.com/r/espresso/comments/1abcd2e/best_budget_grinder/", t.url());
        assertEquals(1704067200L, t.createdUtc());
        assertEquals(12, t.declaredCommentCount());
        assertEquals(RedditApiReader.NAME, t.source().format());
        Comment post = t.comments().get(0);
        assertEquals(CommentKind.POST, post.kind());
        assertEquals("bean_counter", post.author());
        assertEquals(57, post.score());
        assertEquals("Grinders under $200?\n\nCoffee &amp; tea drinker here.", post.text());
        assertEquals(Set.of(), post.flags());
    }

    @Test
    void nestedRepliesComeInPreOrderWithDepthsFromTheStructureAndUnprefixedIds() throws Exception {
        assertEquals(List.of("1abcd2e<null@0", "k1aaaa1<1abcd2e@1", "k2bbbb2<k1aaaa1@2", "k3cccc3<k2bbbb2@3",
                "k4dddd4<1abcd2e@1"), shape(readOne("nested-thread.json")));
    }

    @Test
    void moreStubsAndContinueThisThreadStubsAreCountedAsUnfetched() throws Exception {
        // a stub listing 2 ids, one listing 3, and a "continue this thread" stub (id _, no ids)
        assertEquals(new Unfetched(3, 5), readOne("nested-thread.json").unfetched());
    }

    @Test
    void deletedAndRemovedCommentsAreFlaggedAndKept() throws Exception {
        DiscussionThread t = readOne("nested-thread.json");
        assertEquals(Set.of(CommentFlag.DELETED), comment(t, "k2bbbb2").flags());
        assertEquals("[deleted]", comment(t, "k2bbbb2").author());
        assertEquals(Set.of(CommentFlag.REMOVED), comment(t, "k4dddd4").flags());
        assertEquals("[removed]", comment(t, "k4dddd4").text());
    }

    @Test
    void anEditTimestampFlagsTheCommentAndFalseDoesNot() throws Exception {
        DiscussionThread t = readOne("nested-thread.json");
        assertEquals(Set.of(CommentFlag.EDITED), comment(t, "k3cccc3").flags());
        assertEquals(Set.of(), comment(t, "k1aaaa1").flags());
    }

    @Test
    void withoutRawJsonTheHtmlEscapesAreKeptAsGiven() throws Exception {
        DiscussionThread t = readOne("nested-thread.json");
        assertEquals("Top &amp; first.\n\n&gt; quoted line", comment(t, "k1aaaa1").text());
        assertEquals("Third level &lt;3 and a link: [FAQ](https://example.com/?a=1&amp;b=2)", comment(t, "k3cccc3").text());
    }

    @Test
    void withRawJsonTheBodyIsTheRawTextAfterJsonDecoding() throws Exception {
        DiscussionThread t = readOne("raw-json.json");
        assertEquals("Top & first.\n\n> quoted line <3 \u00e9\uD83D\uDE00", comment(t, "k1aaaa1").text());
        assertEquals("Best budget grinder & scale?", t.title());
        assertNull(t.unfetched(), "no more stubs: the thread is complete");
    }

    @Test
    void idsComeFromNameWhenIdIsAbsentAndScoreMayBeMissing() throws Exception {
        Comment removed = comment(readOne("nested-thread.json"), "k4dddd4");
        assertNull(removed.score());
        assertEquals(1704068100L, removed.createdUtc(), "an integer created_utc");
    }

    @Test
    void fractionalCreationTimesAreTruncatedToSeconds() throws Exception {
        assertEquals(1704067800L, comment(readOne("nested-thread.json"), "k1aaaa1").createdUtc());
    }

    @Test
    void aContextViewsFirstCommentKeepsItsAbsentParentAndIsFlaggedOrphan() throws Exception {
        DiscussionThread t = readOne("permalink-context.json");
        assertEquals(List.of("54hhwl<null@0", "d82twtt<d81xm8b@1", "d82vz05<d82twtt@2"), shape(t));
        assertEquals(Set.of(CommentFlag.ORPHAN), comment(t, "d82twtt").flags());
        assertEquals(Set.of(), comment(t, "d82vz05").flags());
    }

    @Test
    void aPageWithoutItsPostTakesTheThreadIdFromTheCommentsLinkId() throws Exception {
        DiscussionThread t = readOne("no-post.json");
        assertEquals("1abcd2e", t.id());
        assertTrue(t.has(ThreadFlag.POST_MISSING));
        assertEquals(List.of("k1aaaa1<1abcd2e@1"), shape(t));
        assertEquals(Set.of(CommentFlag.ORPHAN), t.comments().get(0).flags());
    }

    @Test
    void aListingOfPostsGivesOneThreadPerPostWithoutComments() throws Exception {
        List<DiscussionThread> threads = read("front-page.json").threads();
        assertEquals(List.of("3hahrw", "zz9yy8"), threads.stream().map(DiscussionThread::id).toList());
        DiscussionThread link = threads.get(0);
        assertEquals(List.of("3hahrw<null@0"), shape(link));
        assertEquals("", link.comments().get(0).text(), "a link post has no text");
        assertEquals("https://www.reddit.com/r/funny/comments/3hahrw/ba_dum_tsss/", link.url());
        assertEquals(1439797480L, link.createdUtc());
        assertEquals(537, link.declaredCommentCount());
        assertEquals(29784, link.comments().get(0).score());
        DiscussionThread self = threads.get(1);
        assertEquals("zz9yy8", self.comments().get(0).id(), "the id from name, without t3_");
        assertEquals("https://www.reddit.com/r/funny/comments/zz9yy8/self/", self.url(), "url when there is no permalink");
        assertEquals("A self post.", self.comments().get(0).text());
        assertNull(self.comments().get(0).score());
        assertEquals(1439797999L, self.createdUtc());
        assertEquals(Set.of(CommentFlag.EDITED), self.comments().get(0).flags());
    }

    @Test
    void keysInAnyOrderAndAnySpacingReadTheSame() throws Exception {
        DiscussionThread t = readOne("sorted-keys.json");
        assertEquals(List.of("p1<null@0", "c1<p1@1"), shape(t));
        assertEquals("reply", comment(t, "c1").text());
        assertEquals("https://www.reddit.com/r/test/comments/p1/t/", t.url());
    }

    @Test
    void commentsListedOnTheirOwnJoinTheThreadOfTheirLinkId() throws Exception {
        Read r = read("user-comments.json");
        assertEquals(List.of("1abcd2e", "zz9yy8"), r.threads().stream().map(DiscussionThread::id).toList());
        DiscussionThread first = r.threads().get(0);
        assertTrue(first.has(ThreadFlag.POST_MISSING));
        assertEquals(List.of("k1aaaa1<1abcd2e@1", "k3cccc3<k2bbbb2@1"), shape(first));
        assertTrue(first.comments().stream().allMatch(c -> c.has(CommentFlag.ORPHAN)));
        assertEquals("Best budget grinder &amp; scale?", first.title());
        assertEquals("espresso", first.community());
        assertEquals("https://www.reddit.com/r/espresso/comments/1abcd2e/best_budget_grinder/", first.url());
        assertEquals(List.of("at /data/children/3: comment nolink: expected a link_id naming its thread, found nothing"),
                r.messages());
    }

    @Test
    void badChildrenAreReportedWithTheirJsonPointerAndTheReadGoesOn() throws Exception {
        Read r = read("bad-children.json");
        assertEquals(List.of(
                "at /0/data/children/1: expected one post in the first Listing, found another: p2",
                "at /1/data/children/0: expected a comment id (data.id or data.name, base-36), found nothing",
                "at /1/data/children/0/data/replies/data/children/1: comment c3: expected a parent_id"
                        + " (the comment it is nested in has no id)",
                "at /1/data/children/1: expected a comment (kind t1) or a more stub, each with a data object,"
                        + " found an object of kind 't5'",
                "at /1/data/children/2: expected a comment (kind t1) or a more stub, each with a data object,"
                        + " found a number 42",
                "at /1/data/children/3: expected a comment (kind t1) or a more stub, each with a data object,"
                        + " found an object of kind 't1' without data",
                "at /1/data/children/4/data/replies: comment c4: expected replies to be a Listing or \"\","
                        + " found a number 7",
                "at /1/data/children/5: comment c5: expected a text body, found null",
                "at /1/data/children/7: more stub: expected data.children to be a list of comment ids,"
                        + " found a string 'm1,m2'",
                "thread p1: expected unique comment ids, found c4 again"), r.messages());
        assertEquals(10, r.problems().count());
        DiscussionThread t = r.threads().get(0);
        // the reply of the comment without id is kept as an orphan; the first c4 wins over its duplicate
        assertEquals(List.of("p1<null@0", "c4<p1@1", "c6<p1@1", "c2<gone@1"), shape(t));
        assertEquals("replies is a number", comment(t, "c4").text());
        assertEquals(Set.of(CommentFlag.ORPHAN), comment(t, "c2").flags());
        assertTrue(r.problems().kept().stream().allMatch(p -> p.file().endsWith("bad-children.json") && p.line() == 0));
    }

    @Test
    void inStrictModeTheFirstBadChildStopsTheReadNamingItsPlace() {
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> read(ReadProblems.throwing(), fixture("reddit-api/bad-children.json")));
        assertTrue(e.getMessage().contains("at /0/data/children/1: expected one post"), e.getMessage());
    }

    @Test
    void aFileThatIsNotJsonNamesTheLineAndWhatWasExpected() {
        assertMalformed("not-json.json", 1, "expected a JSON array of two Listings or a Listing object, found invalid JSON");
    }

    @Test
    void anArrayOfThreeListingsIsNotAResponse() {
        assertMalformed("three-listings.json", 1, "expected a JSON array of two Listings or a Listing object,"
                + " found an array of 3 elements");
    }

    @Test
    void aBarePostIsNotAListing() {
        assertMalformed("bare-post.json", 1, "found an object of kind 't3'");
    }

    @Test
    void aCutFileIsReportedAsBrokenOff() {
        assertMalformed("truncated.json", 0, "the input breaks off");
    }

    @Test
    void jsonLinesAreNotThisFormat() {
        assertMalformed("two-documents.json", 2, "expected one JSON document, found more after it");
    }

    @Test
    void anEmptyFileSaysSo() {
        assertMalformed("empty.json", 0, "found an empty file");
    }

    @Test
    void aBadFileAmongGoodOnesFailsAloneAndTheOthersAreRead() throws Exception {
        Read r = read(ReadProblems.collecting(), fixture("reddit-api/not-json.json"), fixture("reddit-api/front-page.json"));
        assertEquals(2, r.threads().size());
        assertEquals(1, r.problems().failedInputs());
    }

    @Test
    void compressedResponsesReadLikePlainOnes(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("nested-thread.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(fixture("reddit-api/nested-thread.json")));
        }
        DiscussionThread plain = readOne("nested-thread.json");
        DiscussionThread compressed = read(ReadProblems.throwing(), gz).threads().get(0);
        assertEquals(plain.comments(), compressed.comments());
        assertEquals(plain.unfetched(), compressed.unfetched());
    }
}
