package org.threadlens.entity.link;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the index files of {@link LinkIndex} from a {@code surface<TAB>article<TAB>score} table in one streaming
 * pass: rows are parsed and junk counted ({@link WikidictRow}), each new article's title is appended to
 * {@code titles.bin} (its offset to {@code title-offsets.bin}), and each kept row goes to a temporary file as
 * (surface hash, article id, score). The surface table is then filled from that file, mapped, not on the heap.
 *
 * <p>Heap: the article-dedup table only (a long and an int per slot, 2²⁴ slots for CoreNLP's 6.2M articles: about
 * 200 MB, 300 MB while it grows). CoreNLP's dictionary builds with at most 210 MB live (under {@code -Xmx512m} as
 * well as {@code -Xmx2g}). Not thread-safe; the caller ({@link LinkIndexCache}) makes sure one build runs per
 * directory.
 */
final class LinkIndexBuilder {
    /** Surface slot: hash (8 bytes), article id (4), score as a float (4). */
    static final int SURFACE_SLOT = 16;
    /** Article slot: hash (8 bytes). */
    static final int ARTICLE_SLOT = 8;

    private final Path dir;
    private final Progress progress;
    private final int chunkBits;
    private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    private final ArticleIds articles = new ArticleIds();
    private long rowsRead;
    private long rowsKept;
    private long titleBytes;

    private LinkIndexBuilder(Path dir, Progress progress, int chunkBits) {
        this.dir = dir;
        this.progress = progress;
        this.chunkBits = chunkBits;
    }

    /**
     * Builds into {@code dir} (which exists and is empty) from {@code source}: a jar's {@code entry} when the entry is
     * not null, else the file itself ({@code .gz} is decompressed). {@code sha256} is the source's, when the caller
     * has verified it; null to compute it here.
     */
    static IndexManifest build(Path source, String sha256, String entry, Path dir, Progress progress, int chunkBits)
            throws IOException {
        long start = System.nanoTime();
        if (sha256 == null) {
            sha256 = VerifiedDownload.sha256(source);
        }
        LinkIndexBuilder builder = new LinkIndexBuilder(dir, progress, chunkBits);
        Path rows = dir.resolve("rows.tmp");
        try (TableSource table = TableSource.open(source, entry, progress)) {
            builder.readRows(table.reader(), rows);
        }
        long surfaceSlots = HashSlots.slotsFor(builder.rowsKept);
        builder.fillSurfaces(rows, surfaceSlots);
        Files.delete(rows);
        long articleSlots = HashSlots.slotsFor(builder.articles.size());
        builder.writeArticleTable(articleSlots);
        Map<String, IndexManifest.DataFile> files = new LinkedHashMap<>();
        for (String name : LinkIndex.DATA_FILES) {
            Path file = dir.resolve(name);
            files.put(name, new IndexManifest.DataFile(Files.size(file),
                    MappedFile.readOnly(file, chunkBits).crc32c()));
        }
        IndexManifest manifest = new IndexManifest(LinkIndex.FORMAT_VERSION,
                entry == null ? source.getFileName().toString() : source.getFileName() + "!" + entry, sha256,
                Instant.now(), (System.nanoTime() - start) / 1_000_000, builder.rowsRead, builder.rowsKept,
                builder.articles.size(), builder.skipped, surfaceSlots, articleSlots, files);
        manifest.write(dir);
        return manifest;
    }

    /** Parses every line; writes titles, their offsets, and the kept rows as (hash, article id, score). */
    private void readRows(BufferedReader in, Path rows) throws IOException {
        try (DataOutputStream rowsOut = output(rows);
             DataOutputStream titles = output(dir.resolve(LinkIndex.TITLES));
             DataOutputStream offsets = output(dir.resolve(LinkIndex.OFFSETS))) {
            String previousArticle = null;
            int previousId = -1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rowsRead++;
                WikidictRow.Parsed parsed = WikidictRow.parse(line);
                if (parsed.skipped() != null) {
                    skipped.merge(parsed.skipped(), 1L, Long::sum);
                    continue;
                }
                WikidictRow row = parsed.row();
                if (!row.article().equals(previousArticle)) {
                    previousArticle = row.article();
                    previousId = articleId(row.article(), titles, offsets);
                }
                rowsOut.writeLong(SurfaceHash.of(row.surface()));
                rowsOut.writeInt(previousId);
                rowsOut.writeFloat(row.score());
                rowsKept++;
            }
            offsets.writeLong(titleBytes);
        }
    }

    /** The article's id, appending its title when it is new (ids count up from 0 in order of first sight). */
    private int articleId(String article, DataOutputStream titles, DataOutputStream offsets) throws IOException {
        long hash = SurfaceHash.of(article);
        int id = articles.idOf(hash);
        if (id < 0) {
            id = articles.add(hash);
            byte[] utf8 = article.getBytes(StandardCharsets.UTF_8);
            offsets.writeLong(titleBytes);
            titles.write(utf8);
            titleBytes += utf8.length;
        }
        return id;
    }

    /** Fills the mapped surface table from the rows file; a repeated surface keeps its first row. */
    private void fillSurfaces(Path rows, long slots) throws IOException {
        MappedFile file = MappedFile.create(dir.resolve(LinkIndex.SURFACES), slots * SURFACE_SLOT, chunkBits);
        HashSlots table = new HashSlots(file, slots, SURFACE_SLOT);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(rows), 1 << 16))) {
            for (long i = 0; i < rowsKept; i++) {
                long position = table.claim(in.readLong());
                int article = in.readInt();
                float score = in.readFloat();
                if (position < 0) {
                    skipped.merge(SkipReason.DUPLICATE, 1L, Long::sum);
                } else {
                    file.putInt(position + 8, article);
                    file.putFloat(position + 12, score);
                }
            }
        } catch (EOFException e) {
            throw new IOException(rows + ": shorter than the " + rowsKept + " rows written", e);
        }
        rowsKept -= skipped.getOrDefault(SkipReason.DUPLICATE, 0L);
        file.force();
    }

    private void writeArticleTable(long slots) throws IOException {
        MappedFile file = MappedFile.create(dir.resolve(LinkIndex.ARTICLES), slots * ARTICLE_SLOT, chunkBits);
        HashSlots table = new HashSlots(file, slots, ARTICLE_SLOT);
        articles.forEachHash(table::claim);
        file.force();
    }

    private static DataOutputStream output(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }
}
