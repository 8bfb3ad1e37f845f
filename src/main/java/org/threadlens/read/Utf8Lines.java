package org.threadlens.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of UTF-8 bytes, each decoded strictly on its own, so that a bad line is reported at its own line
 * number and the lines after it can still be read. Lines end at {@code \n}; a {@code \r} before it is
 * dropped; a UTF-8 byte-order mark at the start is skipped. Not thread-safe.
 *
 * <p>Limits: a line longer than {@code maxLineBytes} is not kept in memory: it is skipped to its end and
 * reported as a {@link BadLineException}, after which reading goes on.
 */
public final class Utf8Lines implements AutoCloseable {
    /** The default longest line: well above any real comment or dump record, far below the heap. */
    public static final int DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[256];
    private long lineNumber;
    private long bytesRead;
    private boolean started;

    public Utf8Lines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** A line that could not be decoded or was too long; the reader has moved past it. */
    public static final class BadLineException extends IOException {
        private final long line;

        BadLineException(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /**
     * The next line without its terminator, or null at the end of the input.
     *
     * @throws BadLineException for a line that is not UTF-8 or is too long (it is consumed)
     */
    public String next() throws IOException {
        if (!started) {
            started = true;
            skipBom();
        }
        int len = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            if (!tooLong && len + chunk > maxLineBytes) {
                tooLong = true;
            }
            if (!tooLong) {
                ensure(len + chunk);
                System.arraycopy(buf, start, line, len, chunk);
                len += chunk;
            }
            if (pos < limit) {
                pos++;
                break;
            }
        }
        lineNumber++;
        if (tooLong) {
            throw new BadLineException(lineNumber, "line longer than " + maxLineBytes + " bytes: skipped");
        }
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        return decode(len);
    }

    /** The number of the line last returned or reported (1-based; 0 before the first). */
    public long lineNumber() {
        return lineNumber;
    }

    /** Bytes consumed from the underlying stream so far (for progress). */
    public long bytesRead() {
        return bytesRead;
    }

    private String decode(int len) throws BadLineException {
        try {
            decoder.reset();
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(line, 0, len));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new BadLineException(lineNumber, "invalid UTF-8: expected UTF-8 text");
        }
    }

    private void skipBom() throws IOException {
        if (limit - pos < 3) {
            fillAtLeast(3);
        }
        if (limit - pos >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
        }
    }

    private void fillAtLeast(int n) throws IOException {
        while (limit - pos < n) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                return;
            }
            limit += r;
            bytesRead += r;
        }
    }

    private boolean fill() throws IOException {
        pos = 0;
        limit = 0;
        int r;
        do {
            r = in.read(buf, 0, buf.length);
        } while (r == 0);
        if (r < 0) {
            return false;
        }
        limit = r;
        bytesRead += r;
        return true;
    }

    private void ensure(int capacity) {
        if (capacity > line.length) {
            line = Arrays.copyOf(line, Math.max(capacity, Math.min(maxLineBytes, line.length * 2)));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
