package org.threadlens.read;

import java.io.EOFException;
import java.io.InputStream;

/**
 * Follows the frame structure of a zstd stream (RFC 8878) as its compressed bytes go by, so that a stream
 * cut inside a frame is an error. zstd-jni's {@code ZstdInputStream} ends cleanly when a file of several frames
 * (concatenated {@code .zst} files, {@code zstd -T} output of some versions) is cut after a frame boundary:
 * the rest of the next frame is never asked for. Here the end of the raw input is accepted only at a frame
 * boundary, after at least one frame; anywhere else it throws an {@link EOFException} naming the frame.
 *
 * <p>Only headers are looked at: block contents are counted, not read, so the cost is a few operations per
 * 128 KB block. Bytes that are no frame (a wrong magic number, a reserved block type) stop the checking:
 * the decompressor reports those itself. Not thread-safe; mark and reset are not supported.
 */
final class ZstdFrames extends WatchedInputStream {
    private static final long MAGIC = 0xFD2FB528L;
    private static final long SKIPPABLE_MAGIC = 0x184D2A50L;
    private static final int[] DICTIONARY_ID_BYTES = {0, 1, 2, 4};
    private static final int[] CONTENT_SIZE_BYTES = {0, 2, 4, 8};

    private enum State { MAGIC, DESCRIPTOR, HEADER, BLOCK_HEADER, BLOCK_BODY, CHECKSUM, SKIPPABLE_SIZE, SKIPPABLE_BODY, UNCHECKED }

    private State state = State.MAGIC;
    /** Bytes still to go by in the current state. */
    private long need = 4;
    /** The little-endian field being collected (magic, descriptor, block header, skippable size). */
    private long field;
    private int fieldBytes;
    private boolean checksum;
    private boolean lastBlock;
    private long frames;

    ZstdFrames(InputStream in) {
        super(in);
    }

    @Override
    void atEnd() throws EOFException {
        boolean atBoundary = state == State.MAGIC && fieldBytes == 0 && frames > 0;
        if (!atBoundary && state != State.UNCHECKED) {
            throw new EOFException("the zstd stream breaks off inside frame " + (frames + 1) + " (" + describe() + ")");
        }
    }

    private String describe() {
        return switch (state) {
            case MAGIC, DESCRIPTOR, HEADER -> "in its header";
            case BLOCK_HEADER, BLOCK_BODY -> "in a block";
            case CHECKSUM -> "in its checksum";
            default -> "in a skippable frame";
        };
    }

    @Override
    void seen(byte[] b, int off, int n) {
        int i = off;
        int end = off + n;
        while (i < end && state != State.UNCHECKED) {
            if (state == State.BLOCK_BODY || state == State.SKIPPABLE_BODY || state == State.CHECKSUM || state == State.HEADER) {
                long take = Math.min(need, end - i);
                i += (int) take;
                need -= take;
            } else {
                field |= (b[i++] & 0xFFL) << (8 * fieldBytes++);
                need--;
            }
            if (need == 0) {
                next();
            }
        }
    }

    /** The current state's bytes have all gone by: on to the next part of the frame. */
    private void next() {
        long f = field;
        field = 0;
        fieldBytes = 0;
        switch (state) {
            case MAGIC -> {
                if (f == MAGIC) {
                    expect(State.DESCRIPTOR, 1);
                } else if ((f & 0xFFFFFFF0L) == SKIPPABLE_MAGIC) {
                    expect(State.SKIPPABLE_SIZE, 4);
                } else {
                    state = State.UNCHECKED;
                }
            }
            case DESCRIPTOR -> descriptor((int) f);
            case HEADER -> expect(State.BLOCK_HEADER, 3);
            case BLOCK_HEADER -> blockHeader(f);
            case BLOCK_BODY -> afterBlock();
            case CHECKSUM, SKIPPABLE_BODY -> frameEnd();
            case SKIPPABLE_SIZE -> {
                if (f == 0) {
                    frameEnd();
                } else {
                    expect(State.SKIPPABLE_BODY, f);
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void descriptor(int fhd) {
        if ((fhd & 0x08) != 0) {
            state = State.UNCHECKED;
            return;
        }
        boolean singleSegment = (fhd & 0x20) != 0;
        int contentSizeFlag = fhd >>> 6;
        checksum = (fhd & 0x04) != 0;
        int header = (singleSegment ? 0 : 1) + DICTIONARY_ID_BYTES[fhd & 0x03]
                + (contentSizeFlag == 0 ? (singleSegment ? 1 : 0) : CONTENT_SIZE_BYTES[contentSizeFlag]);
        if (header == 0) {
            expect(State.BLOCK_HEADER, 3);
        } else {
            expect(State.HEADER, header);
        }
    }

    private void blockHeader(long h) {
        lastBlock = (h & 1) != 0;
        int type = (int) (h >>> 1) & 3;
        long size = h >>> 3;
        if (type == 3) {
            state = State.UNCHECKED;
            return;
        }
        long body = type == 1 ? 1 : size;
        if (body == 0) {
            afterBlock();
        } else {
            expect(State.BLOCK_BODY, body);
        }
    }

    private void afterBlock() {
        if (!lastBlock) {
            expect(State.BLOCK_HEADER, 3);
        } else if (checksum) {
            expect(State.CHECKSUM, 4);
        } else {
            frameEnd();
        }
    }

    private void frameEnd() {
        frames++;
        expect(State.MAGIC, 4);
    }

    private void expect(State s, long bytes) {
        state = s;
        need = bytes;
    }
}
