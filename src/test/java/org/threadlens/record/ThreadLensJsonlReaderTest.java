package org.threadlens.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.threadlens.Fixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.read.InputFile;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadReaders;
import org.threadlens.read.ThreadStream;
import org.threadlens.read.reddittext.RedditTextReader;
import org.threadlens.thread.DiscussionThread;

class ThreadLensJsonlReaderTest {
    @TempDir
    Path dir;

    private static List<DiscussionThread> read(ThreadStream s) throws Exception {
        List<DiscussionThread> out = new ArrayList<>();
        for (DiscussionThread t = s.read(); t != null; t = s.read()) {
            out.add(t);
        }
        return out;
    }

    @Test
    void threadsWrittenByReadComeBackEqualAndABadLineIsSkipped() throws Exception {
        List<DiscussionThread> original;
        try (ThreadStream s = new RedditTextReader().open(List.of(InputFile.of(fixture("reddit-text/two-threads.txt").toString())),
                ReadContext.defaults())) {
            original = read(s);
        }
        StringBuilder jsonl = new StringBuilder();
        for (DiscussionThread t : original) {
            jsonl.append(new ThreadRecordWriter(false).toJson(AnnotatedThread.structureOnly(t, Provenance.structureOnly("test")))).append('\n');
            jsonl.append("{\"not\": \"a record\"}\n");
        }
        Path file = dir.resolve("threads.jsonl");
        Files.writeString(file, jsonl);
        InputFile input = InputFile.of(file.toString());
        assertEquals(ThreadLensJsonlReader.NAME, ThreadReaders.detect(input).name());
        ReadProblems problems = ReadProblems.collecting();
        try (ThreadStream s = new ThreadLensJsonlReader().open(List.of(input), new ReadContext(problems, ReadOptions.defaults()))) {
            assertEquals(original, read(s));
        }
        assertEquals(2, problems.count());
        assertEquals(2, problems.kept().get(0).line());
    }
}
