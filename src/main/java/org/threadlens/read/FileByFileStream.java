package org.threadlens.read;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.threadlens.thread.DiscussionThread;

/**
 * The threads of several inputs read one input after the other, for formats whose threads never span files.
 * An input that fails is reported to {@link ReadProblems#inputFailed} (threads read from it before the
 * failure are kept) and the next input is read. Not thread-safe.
 */
public final class FileByFileStream implements ThreadStream {
    /** Opens the stream of one input. */
    @FunctionalInterface
    public interface Opener {
        ThreadStream open(InputFile input) throws IOException, InputFormatException;
    }

    private final Deque<InputFile> pending;
    private final Opener opener;
    private final ReadProblems problems;
    private InputFile currentInput;
    private ThreadStream current;

    public FileByFileStream(List<InputFile> inputs, Opener opener, ReadProblems problems) {
        this.pending = new ArrayDeque<>(inputs);
        this.opener = opener;
        this.problems = problems;
    }

    @Override
    public DiscussionThread read() throws IOException, InputFormatException {
        while (true) {
            try {
                if (current == null) {
                    if (pending.isEmpty()) {
                        return null;
                    }
                    currentInput = pending.poll();
                    current = opener.open(currentInput);
                }
                DiscussionThread t = current.read();
                if (t != null) {
                    return t;
                }
                closeCurrent();
            } catch (InputFormatException e) {
                closeCurrent();
                problems.inputFailed(e);
            } catch (IOException e) {
                closeCurrent();
                problems.inputFailed(InputFormatException.brokenOff(currentInput.name(), 0, e));
            }
        }
    }

    private void closeCurrent() throws IOException {
        if (current != null) {
            ThreadStream c = current;
            current = null;
            c.close();
        }
    }

    @Override
    public void close() throws IOException {
        closeCurrent();
    }
}
