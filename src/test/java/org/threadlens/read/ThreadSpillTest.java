package org.threadlens.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlens.thread.DiscussionThread;

/** The one spill: what it gives back does not depend on whether, or when, it went to disk. */
class ThreadSpillTest {
    private static final String PREFIX = "threadlens-test-spill-";

    @TempDir
    Path workDir;

    /** A record of a test format: side notes ({@code places} false) do not place their thread. */
    record Note(String thread, String id, String text, boolean places) {
    }

    static final class NoteColumns implements SpillColumns<Note> {
        @Override
        public String thread(Note n) {
            return n.thread();
        }

        @Override
        public boolean placesThread(Note n) {
            return n.places();
        }

        @Override
        public long estimatedBytes(Note n) {
            return 100;
        }

        @Override
        public String columns() {
            return "id VARCHAR, text VARCHAR, places INTEGER";
        }

        @Override
        public void write(Note n, Out out) throws SQLException {
            out.text(n.id()).text(n.text()).integer(n.places() ? 1 : 0);
        }

        @Override
        public Note read(In in) throws SQLException {
            return new Note(in.thread(), in.text(), in.text(), in.integer() == 1);
        }
    }

    /** 300 notes of 12 threads interleaved; thread "t11" has only side notes; some texts hold a lone surrogate. */
    private static List<Note> notes() {
        Random random = new Random(19);
        List<Note> out = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String thread = "t" + random.nextInt(12);
            String text = i % 7 == 0 ? "cut \ud83d emoji " + i : i % 5 == 0 ? "" : "text ünï 🚀 " + i;
            out.add(new Note(thread, "n" + i, text, !thread.equals("t11") && random.nextInt(4) > 0));
        }
        return out;
    }

    /** What the contract says: threads by first placing note, unplaced threads dropped, notes in add order. */
    private static List<List<Note>> expected(List<Note> notes) {
        Map<String, List<Note>> byThread = new LinkedHashMap<>();
        notes.stream().filter(Note::places).forEach(n -> byThread.putIfAbsent(n.thread(), new ArrayList<>()));
        notes.stream().filter(n -> byThread.containsKey(n.thread())).forEach(n -> byThread.get(n.thread()).add(n));
        return List.copyOf(byThread.values());
    }

    private List<List<Note>> group(long heapBudget, boolean expectSpilled) throws Exception {
        List<List<Note>> out = new ArrayList<>();
        try (ThreadSpill<Note> spill = new ThreadSpill<>(workDir, PREFIX, heapBudget, "64MB", new NoteColumns())) {
            for (Note n : notes()) {
                spill.add(n);
            }
            for (List<Note> thread = spill.nextThread(); thread != null; thread = spill.nextThread()) {
                out.add(thread);
            }
            assertNull(spill.nextThread());
            assertEquals(expectSpilled, spill.spilled());
            try (Stream<Path> files = Files.list(workDir)) {
                assertEquals(expectSpilled ? 1 : 0, files.filter(p -> p.getFileName().toString().startsWith(PREFIX)).count());
            }
        }
        try (Stream<Path> files = Files.list(workDir)) {
            assertEquals(0, files.count(), "the spill directory is deleted on close");
        }
        return out;
    }

    @Test
    void onTheHeapTheThreadsFollowTheContract() throws Exception {
        List<List<Note>> threads = group(Long.MAX_VALUE, false);
        assertEquals(expected(notes()), threads);
        assertFalse(threads.stream().flatMap(List::stream).anyMatch(n -> n.thread().equals("t11")));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 100, 15_000})
    void spillingAtOnceOrHalfwayGivesTheSameThreadsAsTheHeapAndTextComesBackExact(long heapBudget) throws Exception {
        List<List<Note>> threads = group(heapBudget, true);
        assertEquals(group(Long.MAX_VALUE, false), threads);
        assertTrue(threads.stream().flatMap(List::stream).anyMatch(n -> n.text().contains("\ud83d ")),
                "a lone surrogate survives the disk");
    }

    /** Duplicates are bad records found after grouping: spilled or not, each is reported at its file and line. */
    @ParameterizedTest
    @ValueSource(longs = {ThreadGrouper.DEFAULT_MEMORY_BUDGET, 0})
    void duplicatesAreReportedAtTheirFileAndLineWhetherSpilledOrNot(long budget) throws Exception {
        FlatThreadBuilder builder = new FlatThreadBuilder("test", "forum", null, false, text -> Set.of());
        ReadProblems problems = ReadProblems.collecting();
        List<DiscussionThread> threads = new ArrayList<>();
        try (ThreadGrouper g = new ThreadGrouper(workDir, budget)) {
            g.add(new FlatComment("a.csv", 2, "p", "p", null, "op", 1, 10L, "post"));
            g.add(new FlatComment("a.csv", 3, "q", "q", null, "op", 1, 11L, "other post"));
            g.add(new FlatComment("a.csv", 4, "p", "c", "p", "x", 1, 12L, "first c"));
            g.add(new FlatComment("b.csv", 7, "p", "c", "p", "y", 1, 13L, "second c"));
            g.add(new FlatComment("b.csv", 9, "q", "q", null, "z", 1, 14L, "second q"));
            for (ThreadGrouper.Group group = g.next(); group != null; group = g.next()) {
                threads.add(builder.build(group, problems));
            }
            assertEquals(budget == 0, g.spilled());
        }
        assertEquals(List.of("p", "q"), threads.stream().map(DiscussionThread::id).toList());
        assertEquals("first c", threads.get(0).comments().get(1).text());
        assertEquals(2, problems.count());
        assertEquals(List.of(
                new ReadProblem("b.csv", 7, "expected each id once in thread p, found id c again: the first is kept"),
                new ReadProblem("b.csv", 9, "expected each id once in thread q, found id q again: the first is kept")),
                problems.kept());
    }
}
