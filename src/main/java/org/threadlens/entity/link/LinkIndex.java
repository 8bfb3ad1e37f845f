package org.threadlens.entity.link;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CoreNLP's Wikipedia link dictionary (surface form → most likely article, with its probability) as memory-mapped
 * files in the ThreadLens cache, off the heap: {@code openOrBuild} builds it once per machine (25–50 s on two
 * cores; see {@link LinkIndexCache}) and later opens it in under a second. A lookup costs about 1 µs.
 *
 * <p>Files of an index directory:
 * <ul>
 *   <li>{@code surfaces.bin}: open-addressing table of 16-byte slots: the surface's {@link SurfaceHash} (0 =
 *       empty), the article id (int), the score (float); big-endian</li>
 *   <li>{@code articles.bin}: open-addressing table of article-title hashes (8-byte slots), for
 *       {@link #hasArticle}</li>
 *   <li>{@code titles.bin}: the titles in UTF-8, one after another, in id order</li>
 *   <li>{@code title-offsets.bin}: (articles + 1) longs: where each title starts, then the end of the last</li>
 *   <li>{@code manifest.properties}: {@link IndexManifest}: format version, source and its SHA-256, counts, skipped
 *       rows by reason, and each data file's size and CRC32C</li>
 * </ul>
 * Opening checks every data file's size and CRC32C against the manifest: it reads all of them once (591 MB for
 * CoreNLP's dictionary: 0.3–0.6 s when they are in the page cache), which also brings them into the page cache.
 *
 * <p>Thread-safe: lookups are absolute reads of read-only mappings. {@link #close} drops the mappings (the
 * garbage collector unmaps them); call it when no lookup is in flight.
 */
public final class LinkIndex implements LinkDictionary, Closeable {
    /** The layout's version: part of the directory name, and checked against the manifest. */
    public static final int FORMAT_VERSION = 1;

    static final String SURFACES = "surfaces.bin";
    static final String ARTICLES = "articles.bin";
    static final String TITLES = "titles.bin";
    static final String OFFSETS = "title-offsets.bin";
    static final String[] DATA_FILES = {SURFACES, ARTICLES, TITLES, OFFSETS};

    private final Path dir;
    private final IndexManifest manifest;
    private final HashSlots surfaces;
    private final HashSlots articles;
    private final MappedFile titles;
    private final MappedFile offsets;
    private volatile boolean closed;

    private LinkIndex(Path dir, IndexManifest manifest, int chunkBits) throws IOException {
        this.dir = dir;
        this.manifest = manifest;
        this.surfaces = new HashSlots(MappedFile.readOnly(dir.resolve(SURFACES), chunkBits),
                manifest.surfaceSlots(), LinkIndexBuilder.SURFACE_SLOT);
        this.articles = new HashSlots(MappedFile.readOnly(dir.resolve(ARTICLES), chunkBits),
                manifest.articleSlots(), LinkIndexBuilder.ARTICLE_SLOT);
        this.titles = MappedFile.readOnly(dir.resolve(TITLES), chunkBits);
        this.offsets = MappedFile.readOnly(dir.resolve(OFFSETS), chunkBits);
        if (offsets.size() != (manifest.articles() + 1) * Long.BYTES) {
            throw new InvalidIndexException(dir.resolve(OFFSETS), offsets.size() + " bytes, expected "
                    + (manifest.articles() + 1) * Long.BYTES + " for " + manifest.articles() + " articles");
        }
    }

    /** The shared index in {@code cacheDir}, built from CoreNLP's jar on first use; see {@link LinkIndexCache}. */
    public static LinkIndex openOrBuild(Path cacheDir, Progress progress) throws IOException {
        return LinkIndexCache.openOrBuild(cacheDir, LinkModelJar.CORENLP_KBP, LinkModelJar.defaultMavenRepository(),
                progress);
    }

    /**
     * Opens a built index directory, checking its format version and every data file's size and CRC32C.
     *
     * @throws InvalidIndexException naming the file that is missing, of another version, or corrupt
     */
    public static LinkIndex open(Path dir) throws IOException {
        return open(dir, MappedFile.DEFAULT_CHUNK_BITS);
    }

    static LinkIndex open(Path dir, int chunkBits) throws IOException {
        IndexManifest manifest = IndexManifest.read(dir, DATA_FILES);
        if (manifest.formatVersion() != FORMAT_VERSION) {
            throw new InvalidIndexException(dir.resolve(IndexManifest.FILE_NAME), "format version "
                    + manifest.formatVersion() + ", expected " + FORMAT_VERSION);
        }
        for (String name : DATA_FILES) {
            verify(dir.resolve(name), manifest.files().get(name), chunkBits);
        }
        return new LinkIndex(dir, manifest, chunkBits);
    }

    private static void verify(Path file, IndexManifest.DataFile expected, int chunkBits) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidIndexException(file, "missing");
        }
        long size = Files.size(file);
        if (size != expected.size()) {
            throw new InvalidIndexException(file, size + " bytes, the manifest says " + expected.size());
        }
        long crc = MappedFile.readOnly(file, chunkBits).crc32c();
        if (crc != expected.crc32c()) {
            throw new InvalidIndexException(file, "CRC32C " + crc + ", the manifest says " + expected.crc32c()
                    + " (corrupt)");
        }
    }

    /**
     * Builds an index of a small table into {@code dir} (created; must not exist or be empty) and opens it: tests and
     * other dictionaries. {@code entry} names the table inside a jar, or is null when {@code source} is the
     * {@code .tab} (or {@code .tab.gz}) file itself.
     */
    public static LinkIndex build(Path source, String entry, Path dir, Progress progress) throws IOException {
        return build(source, entry, dir, progress, MappedFile.DEFAULT_CHUNK_BITS);
    }

    static LinkIndex build(Path source, String entry, Path dir, Progress progress, int chunkBits) throws IOException {
        Files.createDirectories(dir);
        try (var listing = Files.list(dir)) {
            if (listing.findAny().isPresent()) {
                throw new IOException(dir + ": not empty; an index is built into an empty directory");
            }
        }
        LinkIndexBuilder.build(source, null, entry, dir, progress, chunkBits);
        return open(dir, chunkBits);
    }

    @Override
    public Optional<Candidate> lookup(String surface) {
        requireOpen();
        long position = surfaces.find(SurfaceHash.of(surface));
        if (position < 0) {
            return Optional.empty();
        }
        MappedFile table = surfaces.file();
        String title = title(table.getInt(position + 8));
        // the float's shortest decimal (0.810456), not its binary expansion (0.8104559779167175)
        return Optional.of(new Candidate(title, Double.parseDouble(Float.toString(table.getFloat(position + 12)))));
    }

    @Override
    public boolean hasArticle(String title) {
        requireOpen();
        return articles.find(SurfaceHash.of(title)) >= 0;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("link index " + dir + " is closed");
        }
    }

    private String title(int article) {
        long from = offsets.getLong((long) article * Long.BYTES);
        int length = (int) (offsets.getLong((long) (article + 1) * Long.BYTES) - from);
        byte[] utf8 = new byte[length];
        titles.get(from, utf8, length);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /** What the index was built from, what it holds and what it skipped. */
    IndexManifest manifest() {
        return manifest;
    }

    /** The SHA-256 of the jar or file the index was built from. */
    public String sourceSha256() {
        return manifest.sourceSha256();
    }

    /** The index directory. */
    public Path directory() {
        return dir;
    }

    /** One line for provenance and {@code --verbose}: source, counts, skipped rows. */
    public String describe() {
        return dir + ": " + manifest.surfaces() + " surfaces, " + manifest.articles() + " articles from "
                + manifest.source() + " (SHA-256 " + manifest.sourceSha256() + "); " + manifest.skippedTotal()
                + " of " + manifest.rowsRead() + " rows skipped " + manifest.skipped();
    }

    @Override
    public void close() {
        closed = true;
    }
}
