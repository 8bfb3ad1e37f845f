package org.threadlens.read.pushshift;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.JsonLines;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.pushshift.DumpRecordParser.BadRecordException;

/**
 * Stage 1's reading half: decompresses, splits and parses every input, in the order given, on a thread of
 * its own, and hands the records over in small batches through a bounded queue, so that parsing (the main
 * cost) and appending to the spill run on two cores, and memory holds at most {@link #QUEUE} batches.
 *
 * <p>Bad lines and records are reported to {@link org.threadlens.read.ReadProblems#skipped} from this
 * thread (the listener contract allows it). An input that breaks off is handed over in the queue and
 * reported by the consumer, on the run's thread. A failure here (strict mode's first problem, a bug)
 * ends the queue and is rethrown by {@link #next()}. Lifecycle: construct (starts) → {@link #next()} until
 * null → {@link #close()} (also stops a thread still reading). One consumer thread.
 */
final class ParsingThread implements AutoCloseable {
    static final int BATCH = 256;
    static final int QUEUE = 16;

    /** A batch of records, an input that broke off, or the end (with the failure that ended it, if any). */
    record Item(List<DumpRecord> records, InputFormatException brokenOff, Throwable failure, boolean end) {
    }

    private final List<InputFile> inputs;
    private final ReadContext context;
    private final DumpRecordParser parser = new DumpRecordParser();
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread thread;
    private volatile boolean cancelled;
    private boolean ended;

    ParsingThread(List<InputFile> inputs, ReadContext context) {
        this.inputs = inputs;
        this.context = context;
        this.thread = new Thread(this::run, "threadlens-pushshift-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next item, or null after the end; the failure that ended the reading is rethrown. */
    Item next() throws IOException, InputFormatException {
        if (ended) {
            return null;
        }
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the inputs", e);
        }
        if (item.end()) {
            ended = true;
            rethrow(item.failure());
            return null;
        }
        return item;
    }

    private void run() {
        Throwable failure = null;
        try {
            for (int i = 0; i < inputs.size() && !cancelled; i++) {
                readInput(i);
            }
        } catch (Throwable t) {
            failure = t;
        }
        put(new Item(List.of(), null, failure, true));
    }

    private void readInput(int index) throws InputFormatException {
        InputFile input = inputs.get(index);
        JsonLines lines;
        try {
            lines = new JsonLines(input, context.problems(), context.options().maxLineBytes());
        } catch (IOException e) {
            put(new Item(List.of(), InputFormatException.brokenOff(input.name(), 0, e), null, false));
            return;
        }
        List<DumpRecord> batch = new ArrayList<>(BATCH);
        try {
            for (JsonLines.Record r = lines.next(); r != null && !cancelled; r = lines.next()) {
                try {
                    batch.add(parser.parse(r.node(), index, r.line()));
                } catch (BadRecordException e) {
                    context.problems().skipped(new ReadProblem(input.name(), r.line(), e.getMessage()));
                }
                if (batch.size() == BATCH) {
                    put(new Item(batch, null, null, false));
                    batch = new ArrayList<>(BATCH);
                }
            }
            put(new Item(batch, null, null, false));
        } catch (InputFormatException e) {
            if (context.problems().strict()) {
                throw e;
            }
            put(new Item(batch, e, null, false));
        } finally {
            closeQuietly(lines);
        }
    }

    /** Waits for room, giving up once the consumer has closed. */
    private void put(Item item) {
        try {
            while (!cancelled && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is busy; check for cancellation and wait again
            }
        } catch (InterruptedException e) {
            cancelled = true;
        }
    }

    /** Stops the reading thread (if still running) and waits for it. */
    @Override
    public void close() {
        cancelled = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable t) throws IOException, InputFormatException {
        if (t == null) {
            return;
        }
        if (t instanceof InputFormatException e) {
            throw e;
        }
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IOException(t);
    }

    /** Closing an input read to its end (or to its break) loses nothing; a failure there is not reported. */
    private static void closeQuietly(JsonLines lines) {
        try {
            lines.close();
        } catch (IOException e) {
            // see above
        }
    }
}
