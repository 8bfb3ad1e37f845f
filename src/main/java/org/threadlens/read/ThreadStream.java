package org.threadlens.read;

import java.io.IOException;
import org.threadlens.thread.DiscussionThread;

/**
 * The threads of one input, one at a time.
 *
 * <p>Not an {@link java.util.Iterator}: reading throws checked exceptions ({@link IOException} for the
 * device, {@link InputFormatException} for input that cannot be read at all), which an iterator would have
 * to wrap and callers would forget. Not thread-safe: one consumer per stream.
 */
public interface ThreadStream extends AutoCloseable {

    /** The next thread, or null at the end of the input. */
    DiscussionThread read() throws IOException, InputFormatException;

    @Override
    void close() throws IOException;
}
