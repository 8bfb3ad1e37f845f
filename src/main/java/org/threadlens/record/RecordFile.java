package org.threadlens.record;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.InputSample;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadReaders;

/**
 * A file of annotated records, as {@code threadlens import} reads them: JSONL of schema {@value
 * ThreadRecordWriter#SCHEMA} in any compression the readers know ({@code annotate --out}, {@code export --to
 * jsonl}, the part files of {@code spark --out}), or the Parquet of {@code spark --parquet} (its {@code record}
 * column). Anything else is refused, named, with what was expected. Immutable.
 *
 * @param input the file
 * @param kind  how its records are stored
 */
public record RecordFile(InputFile input, Kind kind) {
    /** How a file holds its records. */
    public enum Kind { JSONL, PARQUET }

    /** A line of the head that starts a record: the file holds records even if its first line is damaged. */
    private static final Pattern RECORD_LINE = Pattern.compile("(?m)^\\s*\\{\\s*\"schema\"\\s*:\\s*\""
            + Pattern.quote(ThreadRecordWriter.SCHEMA) + "\"");
    /** Why flattened tables are refused, and what to import instead. */
    static final String PARQUET_TABLES = "tables of 'threadlens export --to parquet', which cannot rebuild a record: "
            + "import JSONL instead ('export --to jsonl', or the part files of 'spark --out'), or the Parquet of "
            + "'spark --parquet' (its 'record' column)";
    private static final byte[] PARQUET_MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    public RecordFile {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The files an input name stands for: a file itself; a directory the regular files under it, in name order,
     * leaving out hidden files (Hadoop's {@code .crc}), Hadoop's markers and unfinished work (a name starting with
     * {@code _}: {@code _SUCCESS}, {@code _temporary/}) and provenance files ({@code provenance.json},
     * {@code *.provenance.json}).
     *
     * @throws java.nio.file.NoSuchFileException naming the input if it does not exist
     * @throws InputFormatException              for a directory that holds no such file, or the tables of
     *                                          {@code export --to parquet} (which cannot rebuild a record)
     */
    public static List<InputFile> filesNamedBy(String name) throws IOException, InputFormatException {
        InputFile named = InputFile.of(name);
        if (!named.isDirectory()) {
            return List.of(named);
        }
        Path root = named.path();
        if (Files.isRegularFile(root.resolve("threads.parquet")) && Files.isRegularFile(root.resolve("comments.parquet"))) {
            throw new InputFormatException(name, 0, PARQUET_TABLES);
        }
        List<InputFile> files = named.files().stream().filter(f -> isRecordFileName(root.relativize(f.path()))).toList();
        if (files.isEmpty()) {
            throw new InputFormatException(name, 0, "the directory holds no files to read");
        }
        return files;
    }

    private static boolean isRecordFileName(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith("_")) {
                return false;
            }
        }
        String file = relative.getFileName().toString();
        return !file.equals("provenance.json") && !file.endsWith(".provenance.json");
    }

    /**
     * The file as records: Parquet by its magic bytes, JSONL when a line of its start opens a record (or when it is
     * empty: no records).
     *
     * @throws InputFormatException naming the file, what was expected and, where a reader knows it, what it is
     */
    public static RecordFile of(InputFile file) throws IOException, InputFormatException {
        if (startsWith(file.path(), PARQUET_MAGIC)) {
            return new RecordFile(file, Kind.PARQUET);
        }
        InputSample sample = file.sample();
        if (sample.head().isBlank() || RECORD_LINE.matcher(sample.head()).find()) {
            return new RecordFile(file, Kind.JSONL);
        }
        ThreadReader other = ThreadReaders.recognizing(file);
        String seen = other == null ? "" : "; it reads as " + other.name() + " input, which 'threadlens annotate' annotates";
        throw new InputFormatException(file.name(), 0, "not annotated ThreadLens records: expected JSON Lines of schema "
                + ThreadRecordWriter.SCHEMA + " (each line starting {\"schema\":\"" + ThreadRecordWriter.SCHEMA + "\", as "
                + "'annotate --out', 'export --to jsonl' and 'spark --out' write them) or the Parquet of 'spark --parquet'"
                + seen);
    }

    /**
     * Opens the records.
     *
     * @throws InputFormatException for a Parquet file without a {@code record} column, or one that does not read
     */
    public RecordLines open() throws IOException, InputFormatException {
        return kind == Kind.PARQUET ? ParquetRecordLines.open(input) : new JsonlRecordLines(input);
    }

    private static boolean startsWith(Path file, byte[] magic) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        }
    }
}
