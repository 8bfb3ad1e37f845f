package org.threadlens.run;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadReaders;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.DiscussionThread;

/**
 * Reads the threads of every input in turn and hands them on. An input that cannot be opened, is in no known
 * format or breaks off is reported to the listener and counted; the others are still read.
 */
final class InputThreads {
    /** Receives each thread read; may throw to stop the run. */
    @FunctionalInterface
    interface ThreadHandler {
        void accept(DiscussionThread thread) throws Exception;
    }

    private final List<String> inputs;
    private final ThreadReader forcedReader;
    private final ReadProblems problems;
    private final RunListener listener;
    private int failedInputs;

    /** @param forcedReader nullable: the reader the user chose with {@code --format}; null detects by content */
    InputThreads(List<String> inputs, ThreadReader forcedReader, ReadProblems problems, RunListener listener) {
        this.inputs = List.copyOf(inputs);
        this.forcedReader = forcedReader;
        this.problems = problems;
        this.listener = listener;
    }

    /**
     * Reads every input. In strict mode the first bad record stops the run: its {@link InputFormatException}
     * is thrown. Exceptions from the handler stop the run too.
     */
    void forEach(ThreadHandler handler) throws Exception {
        for (String name : inputs) {
            try {
                InputFile input = InputFile.of(name);
                ThreadReader reader = forcedReader != null ? forcedReader : ThreadReaders.detect(input);
                listener.inputStarted(name, reader.name());
                try (ThreadStream threads = reader.open(input, problems)) {
                    for (DiscussionThread t = threads.read(); t != null; t = threads.read()) {
                        listener.threadRead(t);
                        handler.accept(t);
                    }
                }
            } catch (NoSuchFileException e) {
                fail(name, name + ": " + (e.getReason() == null ? "no such file" : e.getReason()));
            } catch (InputFormatException e) {
                if (problems.strict()) {
                    throw e;
                }
                fail(name, e.getMessage());
            } catch (IOException e) {
                fail(name, name + ": cannot read: " + e.getMessage());
            }
        }
    }

    int failedInputs() {
        return failedInputs;
    }

    private void fail(String name, String message) {
        failedInputs++;
        listener.inputFailed(name, message);
    }
}
