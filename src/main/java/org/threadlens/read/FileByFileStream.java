package org.threadlens.read;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.threadlens.thread.DiscussionThread;

/**
 * The threads of several inputs read one input after the other, for formats whose threads never span files.
 * An input that fails is reported to {@link ReadProblems#inputFailed} (threads read from it before the
 * failure are kept) and the next input is read.
 *
 * <p>A thread id met a second time (the same thread in two files, say two pages of one Reddit thread saved
 * apart, or twice in one file) is reported as a skipped record and the later thread left out: handing on
 * both would give two records of one thread, and the store would keep only the later. Ids are remembered
 * as 64-bit hashes (about 60 bytes a thread; a false match is as likely as two random 64-bit numbers being
 * equal). Not thread-safe.
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
    private final Set<Long> threadsRead = new HashSet<>();

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
                if (t != null && !threadsRead.add(hash(t.platform(), t.id()))) {
                    problems.skipped(new ReadProblem(currentInput.name(), 0, "thread " + t.id() + " (" + t.comments().size()
                            + " texts) was read before, from an earlier input or earlier in this one: expected each thread "
                            + "once, with all its comments in one input; skipped"));
                    continue;
                }
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

    /** Two independent 32-bit polynomial hashes of platform and id, side by side. */
    static long hash(String platform, String id) {
        String key = platform + '\u0000' + id;
        int second = 0;
        for (int i = 0; i < key.length(); i++) {
            second = 0x01000193 * second ^ key.charAt(i);
        }
        return ((long) key.hashCode() << 32) | (second & 0xFFFFFFFFL);
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
