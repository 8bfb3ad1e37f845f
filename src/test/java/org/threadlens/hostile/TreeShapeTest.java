package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.hostile.HostileRead.assertHandledNaming;
import static org.threadlens.hostile.HostileRead.ids;
import static org.threadlens.hostile.HostileRead.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reply trees that are no trees, in every format that names parents: a cycle, a self-parent, a duplicate id,
 * a long chain; and a thread spread across files. Nothing is lost or written twice: each comment comes out
 * once (a cycle broken at a comment flagged orphan), or is skipped and named; reading always ends.
 */
class TreeShapeTest {
    @TempDir
    Path dir;

    static Stream<FormatWriter> withParents() {
        return FormatWriters.all().stream().filter(FormatWriter::explicitParents);
    }

    private Outcome readItems(FormatWriter w, String base, List<Item> items) {
        Path in = w.write(dir, base, items);
        Outcome o = assertHandledNaming(read(w, in), w.dataFile(in).getFileName().toString()).assertWithin(10_000);
        return o;
    }

    /** Every comment written or skipped (in threadlens-jsonl a record is a whole thread): none lost without a word. */
    private static void assertAccounted(FormatWriter w, List<Item> items, Outcome o, String what) {
        long distinct = items.stream().map(Item::id).distinct().count();
        long skipped = w == FormatWriters.THREADLENS_JSONL ? o.skipped().size() * distinct : o.skipped().size();
        assertTrue(ids(o).size() + skipped >= distinct, what + ": every comment written or skipped: " + o + ids(o));
        assertEquals(0, o.exit(), what + ": " + o);
    }

    @ParameterizedTest
    @MethodSource("withParents")
    void aParentCycleEndsWithEveryCommentKept(FormatWriter w) {
        List<Item> items = new ArrayList<>(HostileInputs.goodThread());
        items.set(1, new Item("101", "102", "100", "u", "in a cycle with 102", Item.T0 + 1));
        items.set(2, new Item("102", "101", "100", "u", "in a cycle with 101", Item.T0 + 2));
        Outcome o = readItems(w, "cycle", items);
        assertAccounted(w, items, o, "cycle");
        assertTrue(HostileRead.flagged(o, "orphan") >= 1, "the cycle is broken at a comment flagged orphan: " + o.records());
    }

    @ParameterizedTest
    @MethodSource("withParents")
    void aSelfParentEndsWithEveryCommentKept(FormatWriter w) {
        List<Item> items = new ArrayList<>(HostileInputs.goodThread());
        items.set(3, new Item("103", "103", "100", "u", "my own parent", Item.T0 + 3));
        Outcome o = readItems(w, "self", items);
        assertAccounted(w, items, o, "self-parent");
        assertTrue(HostileRead.flagged(o, "orphan") >= 1, "the self-parent is flagged orphan: " + o.records());
    }

    @ParameterizedTest
    @MethodSource("withParents")
    void aDuplicateIdIsWrittenOnce(FormatWriter w) {
        List<Item> items = new ArrayList<>(HostileInputs.goodThread());
        items.add(new Item("102", "100", "100", "u", "the same id again", Item.T0 + 9));
        Outcome o = readItems(w, "duplicate", items);
        assertAccounted(w, items, o, "duplicate id");
    }

    @ParameterizedTest
    @MethodSource("withParents")
    void aChainTenThousandDeepIsReadWithoutAStackOverflow(FormatWriter w) {
        List<Item> items = new ArrayList<>(List.of(Item.post("100", "the post")));
        for (int i = 1; i <= 10_000; i++) {
            items.add(new Item(Integer.toString(100 + i), Integer.toString(99 + i), "100", "u", "reply " + i, Item.T0 + i));
        }
        Outcome o = readItems(w, "chain", items);
        assertEquals(0, o.exit(), o.toString());
    }

    @ParameterizedTest
    @MethodSource("withParents")
    void aThreadSpreadAcrossFilesIsOneThread(FormatWriter w) {
        List<Item> items = HostileInputs.goodThread();
        Path a = w.write(dir, "part-a", items.subList(0, 2));
        Path b = w.write(dir, "part-b", items.subList(2, 4));
        Outcome o = read(w, a, b).assertHandled();
        assertEquals(0, o.exit(), o.toString());
        assertEquals(1, o.records().size(), "one record of the thread, never two: " + o);
        if (o.skipped().isEmpty()) {
            assertEquals(4, ids(o).size(), "every comment once: " + ids(o));
        } else {
            // formats read file by file: the part in the second file is named and counted, not silently dropped
            assertEquals(1, o.skipped().size(), o.toString());
            assertTrue(o.skipped().get(0).contains(b.getFileName() + ": thread 100 (2 texts) was read before"), o.toString());
            assertEquals(2, ids(o).size(), o.toString());
        }
    }
}
