package org.threadlens.pipeline;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadReaders;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.DiscussionThread;

/**
 * Reads the threads of every input and hands them on. Inputs are grouped by format (detected, or forced
 * with {@code --format}) and each reader gets its inputs at once, in the order given, so that dumps whose
 * threads span files are assembled. An input that cannot be opened or is in no known format is reported to
 * the problems (and the listener) and counted; the others are still read.
 */
final class InputThreads {
    /** Receives each thread read; may throw to stop the run. */
    @FunctionalInterface
    interface ThreadHandler {
        void accept(DiscussionThread thread) throws Exception;
    }

    private final List<String> inputs;
    private final ThreadReader forcedReader;
    private final ReadContext context;
    private final RunListener listener;

    /** @param forcedReader nullable: the reader the user chose with {@code --format}; null detects by content */
    InputThreads(List<String> inputs, ThreadReader forcedReader, ReadContext context, RunListener listener) {
        this.inputs = List.copyOf(inputs);
        this.forcedReader = forcedReader;
        this.context = context;
        this.listener = listener;
    }

    /**
     * Reads every input. In strict mode the first problem stops the run: its {@link InputFormatException} is
     * thrown. Exceptions from the handler stop the run too.
     */
    void forEach(ThreadHandler handler) throws Exception {
        forEach(handler, () -> false);
    }

    /**
     * As {@link #forEach(ThreadHandler)}, asking {@code stop} before each thread is read: once it answers true,
     * no more input is read. A reader that must see a whole input before its first thread (Pushshift dumps,
     * ConvoKit corpora, mapped files) is asked when that thread comes out.
     *
     * @return true if every input was read to its end, false if {@code stop} ended the reading
     */
    boolean forEach(ThreadHandler handler, BooleanSupplier stop) throws Exception {
        for (Map.Entry<ThreadReader, List<InputFile>> group : groupByFormat().entrySet()) {
            ThreadReader reader = group.getKey();
            for (InputFile f : group.getValue()) {
                listener.inputStarted(f.name(), reader.name());
            }
            try (ThreadStream threads = reader.open(group.getValue(), context)) {
                while (true) {
                    if (stop.getAsBoolean()) {
                        return false;
                    }
                    DiscussionThread t = threads.read();
                    if (t == null) {
                        break;
                    }
                    listener.threadRead(t);
                    handler.accept(t);
                }
            }
        }
        return true;
    }

    int failedInputs() {
        return context.problems().failedInputs();
    }

    /**
     * What is read as one input: a file, or a directory a reader takes whole (a ConvoKit corpus); any other
     * directory stands for the files in it, each detected on its own (an empty one is a failed input).
     */
    private List<InputFile> readAsWholes(InputFile named) throws IOException, InputFormatException {
        if (!named.isDirectory() || (forcedReader != null ? forcedReader.recognizes(named.sample())
                : ThreadReaders.recognizing(named) != null)) {
            return List.of(named);
        }
        List<InputFile> files = named.files();
        if (files.isEmpty()) {
            throw new InputFormatException(named.name(), 0, "the directory holds no files to read");
        }
        return files;
    }

    /** Inputs by reader, readers in the order their first input was given. */
    private Map<ThreadReader, List<InputFile>> groupByFormat() throws InputFormatException {
        Map<String, ThreadReader> readers = new LinkedHashMap<>();
        Map<String, List<InputFile>> byName = new LinkedHashMap<>();
        for (String name : inputs) {
            for (InputFile input : inputsNamedBy(name)) {
                // each file on its own: one that does not read is reported, the others are read
                try {
                    ThreadReader reader = forcedReader != null ? forcedReader : ThreadReaders.detect(input);
                    readers.putIfAbsent(reader.name(), reader);
                    byName.computeIfAbsent(reader.name(), k -> new ArrayList<>()).add(input);
                } catch (InputFormatException e) {
                    context.problems().inputFailed(e);
                } catch (IOException e) {
                    context.problems().inputFailed(InputFormatException.brokenOff(input.name(), 0, e));
                }
            }
        }
        Map<ThreadReader, List<InputFile>> groups = new LinkedHashMap<>();
        byName.forEach((n, files) -> groups.put(readers.get(n), files));
        return groups;
    }

    /** The inputs a name stands for (see {@link #readAsWholes}); none, reported, if it cannot be opened. */
    private List<InputFile> inputsNamedBy(String name) throws InputFormatException {
        try {
            return readAsWholes(InputFile.of(name));
        } catch (NoSuchFileException e) {
            context.problems().inputFailed(new InputFormatException(name, 0,
                    e.getReason() == null ? "no such file" : e.getReason()));
        } catch (InputFormatException e) {
            context.problems().inputFailed(e);
        } catch (IOException e) {
            context.problems().inputFailed(InputFormatException.brokenOff(name, 0, e));
        }
        return List.of();
    }
}
