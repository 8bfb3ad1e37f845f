package org.threadlens.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that shows a subclass every byte going by and the end of the input, so that it can check the bytes
 * as they are read ({@link StrictUtf8}, {@link ZstdFrames}). Skipped bytes are read, so they are shown too;
 * mark and reset are not supported. Not thread-safe.
 */
abstract class WatchedInputStream extends FilterInputStream {
    WatchedInputStream(InputStream in) {
        super(in);
    }

    /** Bytes {@code b[off .. off+n)} were read. */
    abstract void seen(byte[] b, int off, int n) throws IOException;

    /** The underlying input has ended. */
    abstract void atEnd() throws IOException;

    @Override
    public final int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            seen(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public final int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            atEnd();
        } else {
            seen(b, off, n);
        }
        return n;
    }

    @Override
    public final long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        byte[] buf = new byte[(int) Math.min(n, 8192)];
        return Math.max(read(buf, 0, buf.length), 0);
    }

    @Override
    public final boolean markSupported() {
        return false;
    }
}
