package org.threadlens.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@link Item}s as an input of one format, so that every hostile case can be fed to every reader:
 * the case builds items (a 10 MB body, a lone surrogate, a parent cycle) or bytes, the writer gives them the
 * format's shape. Implementations are in {@link FormatWriters}.
 */
public interface FormatWriter {
    /** JSON as the tests write it: every non-ASCII UTF-16 unit escaped, so a lone surrogate stays {@code \ud800}. */
    JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** Where a JSON format keeps the fields hostile cases retype. */
    record Keys(String id, String text, String time, String score) {
    }

    /** The reader's name. */
    String format();

    /** The options to name with the inputs: {@code --format} and, for mapped formats, {@code --map}. */
    List<String> options();

    /** The content of one input file holding these items. */
    byte[] bytes(List<Item> items);

    /**
     * Whether each record is one line, so that a bad line is skipped and the rest read; otherwise a
     * syntax error ends the input (a document, a text dump whose records span lines).
     */
    boolean lineRecords();

    /** Whether the input names each comment's parent, so cycles and self-parents can be written. */
    boolean explicitParents();

    /** The JSON keys of the retyped fields; null for formats that are not JSON. */
    Keys keys();

    /** The file name the content is written under ({@code input.ndjson}); for ConvoKit, inside a directory. */
    String fileName(String base);

    /**
     * Writes {@code content} as input {@code base} in {@code dir}; returns what to name on the command line
     * (the file, or for ConvoKit the corpus directory).
     */
    default Path place(Path dir, String base, byte[] content) {
        try {
            Path file = dir.resolve(fileName(base));
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file inside what {@link #place} returned that holds the records. */
    default Path dataFile(Path placed) {
        return placed;
    }

    default Path write(Path dir, String base, List<Item> items) {
        return place(dir, base, bytes(items));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
