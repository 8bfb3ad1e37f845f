package org.threadlens.run;

import java.util.List;
import org.threadlens.BuildInfo;
import org.threadlens.export.ExportWriter;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadReader;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;

/** Reads threads and writes their structure alone (no NLP): what {@code threadlens read} does. */
public final class ReadRun {
    private final List<String> inputs;
    private final ThreadReader format;
    private final boolean strict;

    /** @param format nullable: a reader forced with {@code --format}; null detects each input's format */
    public ReadRun(List<String> inputs, ThreadReader format, boolean strict) {
        this.inputs = List.copyOf(inputs);
        this.format = format;
        this.strict = strict;
    }

    public RunResult run(ExportWriter out, RunListener listener) throws Exception {
        long start = System.nanoTime();
        ReadProblems problems = new ReadProblems(strict, listener::skipped);
        InputThreads threads = new InputThreads(inputs, format, problems, listener);
        Provenance provenance = Provenance.structureOnly(BuildInfo.threadLensVersion());
        long[] counts = new long[2];
        threads.forEach(t -> {
            AnnotatedThread record = AnnotatedThread.structureOnly(t, provenance);
            out.write(record);
            counts[0]++;
            counts[1] += t.comments().size();
            listener.threadDone(record);
        });
        out.commit();
        return new RunResult(inputs.size(), threads.failedInputs(), counts[0], counts[1], problems.count(), 0,
                (System.nanoTime() - start) / 1e9);
    }
}
