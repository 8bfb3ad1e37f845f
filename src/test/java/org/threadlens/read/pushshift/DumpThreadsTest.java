package org.threadlens.read.pushshift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.threadlens.Fixtures.fixture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.JsonLines;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadStream;
import org.threadlens.read.Utf8Lines;
import org.threadlens.thread.DiscussionThread;

/** Building threads from records grouped elsewhere (the Spark job's shuffle) gives the reader's threads. */
class DumpThreadsTest {
    private static final List<String> INPUTS = List.of("RS_2024-01.ndjson", "RC_2024-01.ndjson", "duplicates.ndjson",
            "exact-text.ndjson", "both-kinds.ndjson");

    @TempDir
    Path workDir;

    @Test
    void recordsInAnyOrderGiveTheReadersThreads() throws Exception {
        ReadProblems readerProblems = ReadProblems.collecting();
        Map<String, DiscussionThread> expected = readWithTheReader(readerProblems);

        for (long seed = 1; seed <= 3; seed++) {
            ReadProblems problems = ReadProblems.collecting();
            Map<String, List<DumpRecord>> byThread = new LinkedHashMap<>();
            List<DumpRecord> shuffled = parseAll();
            Collections.shuffle(shuffled, new Random(seed));
            shuffled.forEach(r -> byThread.computeIfAbsent(r.threadId(), k -> new ArrayList<>()).add(r));
            Map<String, DiscussionThread> built = new LinkedHashMap<>();
            for (List<DumpRecord> records : byThread.values()) {
                DiscussionThread t = DumpThreads.build(records, names(), problems);
                built.put(t.id(), t);
            }
            assertEquals(expected, built, "seed " + seed);
            assertEquals(messages(readerProblems.kept()), messages(problems.kept()), "the same duplicates, reported at the same places");
        }
    }

    @Test
    void theFirstRecordInInputOrderIsKeptAmongDuplicates() throws Exception {
        List<DumpRecord> records = new ArrayList<>(parseAll().stream().filter(r -> r.threadId().equals("d1")).toList());
        Collections.reverse(records);
        DiscussionThread thread = DumpThreads.build(records, names(), ReadProblems.collecting());
        assertEquals("first copy of e1", thread.comments().get(1).text());
        assertEquals(List.of("d1", "e1"), thread.comments().stream().map(c -> c.id()).toList());
    }

    @Test
    void inStrictModeTheFirstDuplicateStops() throws Exception {
        List<DumpRecord> records = parseAll().stream().filter(r -> r.threadId().equals("d1")).toList();
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> DumpThreads.build(records, names(), ReadProblems.throwing()));
        assertEquals(fixture("pushshift/duplicates.ndjson").toString(), e.file());
        assertEquals(3, e.line());
    }

    @Test
    void recordsOfTwoThreadsAreAMistake() throws Exception {
        List<DumpRecord> all = parseAll();
        assertThrows(IllegalArgumentException.class, () -> DumpThreads.build(all, names(), ReadProblems.collecting()));
        assertThrows(IllegalArgumentException.class, () -> DumpThreads.build(List.of(), names(), ReadProblems.collecting()));
    }

    private static Set<String> messages(List<ReadProblem> problems) {
        return new HashSet<>(problems.stream().map(ReadProblem::toString).toList());
    }

    private static List<String> names() {
        return INPUTS.stream().map(f -> fixture("pushshift/" + f).toString()).toList();
    }

    private static List<DumpRecord> parseAll() throws Exception {
        DumpRecordParser parser = new DumpRecordParser();
        List<DumpRecord> out = new ArrayList<>();
        List<String> names = names();
        for (int i = 0; i < names.size(); i++) {
            try (JsonLines lines = new JsonLines(InputFile.of(names.get(i)), ReadProblems.throwing(),
                    Utf8Lines.DEFAULT_MAX_LINE_BYTES)) {
                for (JsonLines.Record r = lines.next(); r != null; r = lines.next()) {
                    out.add(parser.parse(r.node(), i, r.line()));
                }
            }
        }
        return out;
    }

    private Map<String, DiscussionThread> readWithTheReader(ReadProblems problems) throws Exception {
        List<InputFile> inputs = new ArrayList<>();
        for (String n : names()) {
            inputs.add(InputFile.of(n));
        }
        Map<String, DiscussionThread> out = new LinkedHashMap<>();
        ReadOptions options = new ReadOptions(Map.of(), workDir, Utf8Lines.DEFAULT_MAX_LINE_BYTES);
        try (ThreadStream s = new PushshiftReader().open(inputs, new ReadContext(problems, options))) {
            for (DiscussionThread t = s.read(); t != null; t = s.read()) {
                out.put(t.id(), t);
            }
        }
        return out;
    }
}
