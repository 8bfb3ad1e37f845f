package org.threadlens.pipeline;

import org.threadlens.BuildInfo;
import org.threadlens.export.ExportWriter;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadProblems;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;

/** Reads threads and writes their structure alone (no NLP): what {@code threadlens read} does. */
public final class ReadRun {
    private final InputSettings input;

    public ReadRun(InputSettings input) {
        this.input = input;
    }

    public RunResult run(ExportWriter out, RunListener listener) throws Exception {
        long start = System.nanoTime();
        ReadProblems problems = new ReadProblems(input.strict(), listener);
        InputThreads threads = new InputThreads(input.inputs(), input.format(), new ReadContext(problems, input.options()),
                listener);
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
        return new RunResult(input.inputs().size(), threads.failedInputs(), counts[0], counts[1], 0, 0, problems.count(), 0,
                null, (System.nanoTime() - start) / 1e9);
    }
}
