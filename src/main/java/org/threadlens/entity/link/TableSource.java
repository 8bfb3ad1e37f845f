package org.threadlens.entity.link;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The dictionary table as UTF-8 lines, streamed from a jar's entry ({@code ZipFile} → {@code GZIPInputStream}) or
 * from a plain or gzipped file, reporting the compressed bytes read as build progress. Malformed UTF-8 is read as
 * U+FFFD. One reader, one thread.
 */
final class TableSource implements Closeable {
    private final ZipFile zip;
    private final BufferedReader reader;

    private TableSource(ZipFile zip, BufferedReader reader) {
        this.zip = zip;
        this.reader = reader;
    }

    /** Opens {@code jar}'s {@code entry}, or the file {@code source} itself when {@code entry} is null. */
    static TableSource open(Path source, String entry, Progress progress) throws IOException {
        if (entry == null) {
            InputStream in = new Counting(Files.newInputStream(source), Files.size(source), progress);
            return new TableSource(null, lines(in, source.toString().endsWith(".gz")));
        }
        ZipFile zip = new ZipFile(source.toFile());
        try {
            ZipEntry e = zip.getEntry(entry);
            if (e == null) {
                throw new IOException(source + ": no entry " + entry + " (expected the link dictionary there)");
            }
            InputStream in = new Counting(zip.getInputStream(e), e.getSize(), progress);
            return new TableSource(zip, lines(in, entry.endsWith(".gz")));
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static BufferedReader lines(InputStream in, boolean gzipped) throws IOException {
        InputStream raw = gzipped ? new GZIPInputStream(in, 1 << 16) : in;
        return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
    }

    BufferedReader reader() {
        return reader;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            if (zip != null) {
                zip.close();
            }
        }
    }

    /** Counts the bytes read through it and reports them every 4 MiB and at the end. */
    private static final class Counting extends FilterInputStream {
        private static final long REPORT_EVERY = 4L << 20;
        private final long total;
        private final Progress progress;
        private long done;
        private long nextReport;

        Counting(InputStream in, long total, Progress progress) {
            super(in);
            this.total = total;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }

        private void count(int n) {
            if (n < 0) {
                progress.building(done, total);
                return;
            }
            done += n;
            if (done >= nextReport) {
                progress.building(done, total);
                nextReport = done + REPORT_EVERY;
            }
        }
    }
}
