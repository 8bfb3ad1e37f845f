package org.threadlens.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadAssemblerTest {

    /** Asserts the assembled order as {@code id@depth} strings, orphans marked with {@code !}. */
    private static void assertAssembles(List<Comment> input, String... expected) {
        List<String> actual = ThreadAssembler.assemble(input).preOrder().stream()
                .map(c -> c.id() + "@" + c.depth() + (c.has(CommentFlag.ORPHAN) ? "!" : ""))
                .toList();
        assertEquals(List.of(expected), actual);
    }

    @Test
    void repliesGivenBeforeTheirParentsComeOutInPreOrder() {
        assertAssembles(List.of(reply("c2", "c1", "b"), reply("c1", "p", "a"), reply("c3", "p", "c"), post("p", "x")),
                "p@0", "c1@1", "c2@2", "c3@1");
    }

    @Test
    void siblingsKeepTheirInputOrder() {
        assertAssembles(List.of(post("p", "x"), reply("b", "p", ""), reply("a", "p", ""), reply("c", "p", "")),
                "p@0", "b@1", "a@1", "c@1");
    }

    @Test
    void aCommentWhoseParentIsMissingIsKeptAsAnOrphan() {
        assertAssembles(List.of(post("p", "x"), reply("c1", "gone", "a"), reply("c2", "c1", "b")),
                "p@0", "c1@1!", "c2@2");
    }

    @Test
    void aParentCycleIsCutAtItsFirstMemberSoNothingIsLost() {
        assertAssembles(List.of(post("p", "x"), reply("a", "b", ""), reply("b", "a", "")), "p@0", "a@1!", "b@2");
    }

    @Test
    void aSelfParentBecomesAnOrphan() {
        assertAssembles(List.of(post("p", "x"), reply("a", "a", "")), "p@0", "a@1!");
    }

    @Test
    void duplicateIdsKeepTheFirstAndReturnTheRest() {
        ThreadAssembler.Result r = ThreadAssembler.assemble(List.of(post("p", "x"), reply("a", "p", "first"),
                reply("a", "p", "second")));
        assertEquals(2, r.preOrder().size());
        assertEquals("first", r.preOrder().get(1).text());
        assertEquals("second", r.duplicates().get(0).text());
    }

    @Test
    void twoPostsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ThreadAssembler.assemble(List.of(post("p", ""), post("q", ""))));
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        List<Comment> chain = new java.util.ArrayList<>(List.of(post("p", "")));
        for (int i = 0; i < 100_000; i++) {
            chain.add(reply("c" + i, i == 0 ? "p" : "c" + (i - 1), ""));
        }
        List<Comment> out = ThreadAssembler.assemble(chain).preOrder();
        assertEquals(100_000, out.get(out.size() - 1).depth());
        assertTrue(out.get(0).isPost());
    }
}
