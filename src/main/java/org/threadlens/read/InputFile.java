package org.threadlens.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One input, re-openable: detection reads its start, the reader reads it whole. A file may be compressed
 * (gzip, bzip2, xz, zstd: recognised by content); {@link #openBytes()} decompresses. An input may also be a
 * directory (a ConvoKit corpus): then only its entries are read, through {@link #resolve}.
 * Thread-safe; each open returns an independent stream.
 */
public final class InputFile {
    /** How much of the start of an input detection looks at. */
    public static final int SAMPLE_BYTES = 64 * 1024;

    private final Path path;
    private final String name;
    private final AtomicLong compressedBytesRead = new AtomicLong();

    private InputFile(Path path, String name) {
        this.path = path;
        this.name = name;
    }

    /**
     * An input as the user named it: a regular file or a directory.
     *
     * @throws NoSuchFileException naming the input if it does not exist
     */
    public static InputFile of(String userName) throws NoSuchFileException {
        Objects.requireNonNull(userName, "userName");
        Path p = Path.of(userName);
        if (!Files.isRegularFile(p) && !Files.isDirectory(p)) {
            throw new NoSuchFileException(userName, null, Files.exists(p) ? "not a regular file or directory" : "no such file");
        }
        return new InputFile(p, userName);
    }

    public Path path() {
        return path;
    }

    /** The input as the user named it, for messages and provenance. */
    public String name() {
        return name;
    }

    public boolean isDirectory() {
        return Files.isDirectory(path);
    }

    /**
     * The regular files under this directory, at any depth, in name order, hidden ones (a name starting
     * with {@code .}, such as {@code .DS_Store} or a checksum folder) left out; each named by this input's name
     * and its relative path, so that messages and provenance say where it is.
     */
    public List<InputFile> files() throws IOException {
        if (!isDirectory()) {
            throw new IOException(name + " is a file, not a directory");
        }
        try (Stream<Path> all = Files.walk(path)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(path.relativize(p)))
                    .sorted()
                    .map(p -> new InputFile(p, Path.of(name).resolve(path.relativize(p)).toString()))
                    .toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** An entry of a directory input, named {@code <dir>/<child>} in messages. */
    public InputFile resolve(String child) throws NoSuchFileException {
        String sep = name.endsWith("/") ? "" : "/";
        return of(name + sep + child);
    }

    /** The size on disk (compressed, for a compressed file). */
    public long size() throws IOException {
        return Files.size(path);
    }

    /** Compressed bytes consumed so far by streams opened on this input (for progress and throughput). */
    public long compressedBytesRead() {
        return compressedBytesRead.get();
    }

    public Compression compression() throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(Compression.MAGIC_BYTES);
            return Compression.detect(head, head.length);
        }
    }

    /** The content, decompressed. */
    public InputStream openBytes() throws IOException {
        if (isDirectory()) {
            throw new IOException(name + " is a directory, not a file");
        }
        return Compression.decompressDetected(
                new Counting(new BufferedInputStream(Files.newInputStream(path), 1 << 16), compressedBytesRead));
    }

    /**
     * The decompressed content, checked to be well-formed UTF-8 as it is read (see {@link StrictUtf8}): for
     * readers that give bytes straight to a JSON parser.
     */
    public InputStream openUtf8() throws IOException {
        return new StrictUtf8(openBytes());
    }

    /** The lines of the content, each decoded as strict UTF-8 (see {@link Utf8Lines}). */
    public Utf8Lines openLines() throws IOException {
        return new Utf8Lines(openBytes(), Utf8Lines.DEFAULT_MAX_LINE_BYTES);
    }

    /**
     * The start of the content for detection. Decompression errors and invalid UTF-8 there never throw:
     * the sample is then just shorter or holds replacement chars, and the reader reports the real error.
     */
    public InputSample sample() throws IOException {
        String fileName = path.getFileName() == null ? name : path.getFileName().toString();
        if (isDirectory()) {
            try (Stream<Path> entries = Files.list(path)) {
                List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
                return new InputSample(fileName, "", names);
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (InputStream in = openBytes()) {
            byte[] buf = new byte[8192];
            for (int n; bytes.size() < SAMPLE_BYTES && (n = in.read(buf, 0, Math.min(buf.length, SAMPLE_BYTES - bytes.size()))) > 0; ) {
                bytes.write(buf, 0, n);
            }
        } catch (IOException e) {
            // a cut or corrupt stream: detect on what was decompressed before the break; the reader reports it
        }
        String head = bytes.toString(StandardCharsets.UTF_8);
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        return new InputSample(fileName, head, List.of());
    }

    @Override
    public String toString() {
        return name;
    }

    /** Counts bytes read from the raw (compressed) stream. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong counter;
        private long mark;
        private long count;

        Counting(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public synchronized void mark(int readlimit) {
            super.mark(readlimit);
            mark = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            counter.addAndGet(mark - count);
            count = mark;
        }

        private void add(long n) {
            count += n;
            counter.addAndGet(n);
        }
    }
}
