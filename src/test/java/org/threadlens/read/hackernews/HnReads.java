package org.threadlens.read.hackernews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.threadlens.Fixtures;
import org.threadlens.read.InputFile;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

/**
 * What a reader gave for some inputs: its threads, the records it skipped and the inputs it could not read
 * (each {@code "file: message"}); with the tests' assertions.
 */
record HnReads(List<DiscussionThread> threads, List<ReadProblem> skipped, List<String> failed) {

    /** Reads inputs (fixture names under {@code fixtures/}, or paths) with problems collected, not thrown. */
    static HnReads read(ThreadReader reader, List<Path> paths) throws Exception {
        List<InputFile> inputs = new ArrayList<>();
        for (Path p : paths) {
            inputs.add(input(p));
        }
        List<ReadProblem> skipped = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        ReadProblems problems = new ReadProblems(false, new ReadProblems.Listener() {
            @Override
            public void skipped(ReadProblem problem) {
                skipped.add(problem);
            }

            @Override
            public void inputFailed(String file, String message) {
                failed.add(message);
            }
        });
        List<DiscussionThread> threads = new ArrayList<>();
        try (ThreadStream s = reader.open(inputs, new ReadContext(problems, ReadOptions.defaults()))) {
            for (DiscussionThread t = s.read(); t != null; t = s.read()) {
                threads.add(t);
            }
        }
        assertEquals(skipped.size(), problems.count(), "every skipped record is counted");
        return new HnReads(threads, skipped, failed);
    }

    static Path fixture(String relative) {
        return Fixtures.fixture(relative);
    }

    static InputFile input(Path p) throws NoSuchFileException {
        return InputFile.of(p.toString());
    }

    DiscussionThread thread(String id) {
        return threads.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no thread " + id + " in " + threadIds()));
    }

    List<String> threadIds() {
        return threads.stream().map(DiscussionThread::id).toList();
    }

    /**
     * Asserts the thread's comments in pre-order, each written as its id indented by two spaces per depth
     * level, e.g. {@code "8001", "  8003", "    8005"}.
     */
    static void assertTree(DiscussionThread t, String... expected) {
        String actual = t.comments().stream().map(c -> "  ".repeat(c.depth()) + c.id()).collect(Collectors.joining("\n"));
        assertEquals(String.join("\n", expected), actual, "pre-order of thread " + t.id());
    }

    static Comment comment(DiscussionThread t, String id) {
        return t.comment(id).orElseThrow(() -> new AssertionError("no comment " + id + " in thread " + t.id()));
    }

    /** Asserts that exactly one input failed, with a message that names it and contains {@code expected}. */
    void assertFailed(String file, String expected) {
        assertEquals(1, failed.size(), "failed inputs: " + failed);
        assertTrue(failed.get(0).contains(file), "names the file: " + failed.get(0));
        assertTrue(failed.get(0).contains(expected), "expected '" + expected + "' in " + failed.get(0));
    }

    /** Asserts the skipped records: one per expected entry, in order, each {@code "file-suffix:line: text"}. */
    void assertSkipped(String... expected) {
        assertEquals(expected.length, skipped.size(), "skipped: " + skipped);
        for (int i = 0; i < expected.length; i++) {
            String[] parts = expected[i].split(":", 3);
            ReadProblem p = skipped.get(i);
            assertTrue(p.file().endsWith(parts[0]), "file of " + p);
            assertEquals(Long.parseLong(parts[1]), p.line(), "line of " + p);
            assertTrue(p.message().contains(parts[2].strip()), "expected '" + parts[2].strip() + "' in " + p);
        }
    }
}
