package org.threadlens.entity.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The index's header, {@code manifest.properties}: what it was built from, what it holds and skipped, and the size
 * and CRC32C of each data file, checked when the index is opened.
 *
 * @param formatVersion  the layout's version ({@link LinkIndex#FORMAT_VERSION}); another version is rebuilt
 * @param source         what was read ({@code jar!entry} or a file name)
 * @param sourceSha256   the SHA-256 of the jar or file read
 * @param builtAt        when the build finished
 * @param buildMillis    how long it took
 * @param rowsRead       lines read
 * @param surfaces       surfaces kept
 * @param articles       distinct articles of the kept surfaces
 * @param skipped        rows left out, by reason (every reason present, zeros included)
 * @param surfaceSlots   slots of the surface table
 * @param articleSlots   slots of the article table
 * @param files          data file name → its size and CRC32C
 */
record IndexManifest(int formatVersion, String source, String sourceSha256, Instant builtAt, long buildMillis,
                     long rowsRead, long surfaces, long articles, Map<SkipReason, Long> skipped,
                     long surfaceSlots, long articleSlots, Map<String, DataFile> files) {
    static final String FILE_NAME = "manifest.properties";

    /** A data file's size in bytes and CRC32C. */
    record DataFile(long size, long crc32c) {
    }

    IndexManifest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceSha256, "sourceSha256");
        Objects.requireNonNull(builtAt, "builtAt");
        EnumMap<SkipReason, Long> all = new EnumMap<>(SkipReason.class);
        for (SkipReason r : SkipReason.values()) {
            all.put(r, Objects.requireNonNull(skipped, "skipped").getOrDefault(r, 0L));
        }
        skipped = Collections.unmodifiableMap(all);
        files = Map.copyOf(new TreeMap<>(Objects.requireNonNull(files, "files")));
    }

    /** Rows left out, all reasons together. */
    long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    void write(Path dir) throws IOException {
        StringBuilder out = new StringBuilder("# ThreadLens link index: surface -> Wikipedia article\n");
        Map<String, String> values = new TreeMap<>(Map.of("formatVersion", Integer.toString(formatVersion),
                "source", source, "sourceSha256", sourceSha256, "builtAt", builtAt.toString(),
                "buildMillis", Long.toString(buildMillis), "rowsRead", Long.toString(rowsRead),
                "surfaces", Long.toString(surfaces), "articles", Long.toString(articles),
                "surfaceSlots", Long.toString(surfaceSlots), "articleSlots", Long.toString(articleSlots)));
        skipped.forEach((r, n) -> values.put("skipped." + r.wireName(), Long.toString(n)));
        files.forEach((name, f) -> {
            values.put("file." + name + ".size", Long.toString(f.size()));
            values.put("file." + name + ".crc32c", Long.toString(f.crc32c()));
        });
        values.forEach((k, v) -> out.append(k).append('=').append(escape(v)).append('\n'));
        Files.writeString(dir.resolve(FILE_NAME), out, StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** Reads a directory's manifest; a missing, unreadable or incomplete one is an {@link InvalidIndexException}. */
    static IndexManifest read(Path dir, String... dataFiles) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidIndexException(file, "unreadable manifest (" + e + ")");
        }
        try {
            EnumMap<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
            for (SkipReason r : SkipReason.values()) {
                skipped.put(r, number(p, file, "skipped." + r.wireName()));
            }
            Map<String, DataFile> files = new TreeMap<>();
            for (String name : dataFiles) {
                files.put(name, new DataFile(number(p, file, "file." + name + ".size"),
                        number(p, file, "file." + name + ".crc32c")));
            }
            return new IndexManifest((int) number(p, file, "formatVersion"), text(p, file, "source"),
                    text(p, file, "sourceSha256"), Instant.parse(text(p, file, "builtAt")),
                    number(p, file, "buildMillis"), number(p, file, "rowsRead"), number(p, file, "surfaces"),
                    number(p, file, "articles"), skipped, number(p, file, "surfaceSlots"),
                    number(p, file, "articleSlots"), files);
        } catch (RuntimeException e) {
            throw new InvalidIndexException(file, "malformed manifest (" + e.getMessage() + ")");
        }
    }

    private static String text(Properties p, Path file, String key) throws InvalidIndexException {
        String v = p.getProperty(key);
        if (v == null) {
            throw new InvalidIndexException(file, "manifest has no '" + key + "'");
        }
        return v;
    }

    private static long number(Properties p, Path file, String key) throws InvalidIndexException {
        return Long.parseLong(text(p, file, key));
    }
}
