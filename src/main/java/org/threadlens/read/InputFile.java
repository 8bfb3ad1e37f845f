package org.threadlens.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file, re-openable: detection reads its start, the reader reads it whole.
 * Text is decoded as strict UTF-8: invalid bytes are an error naming the file and line, never silent
 * replacement chars.
 */
public final class InputFile {
    /** How much of the start of an input detection looks at. */
    public static final int SAMPLE_CHARS = 64 * 1024;

    private final Path path;
    private final String name;

    private InputFile(Path path, String name) {
        this.path = path;
        this.name = name;
    }

    /**
     * An input file as the user named it.
     *
     * @throws NoSuchFileException naming the file if it does not exist or is not a regular file
     */
    public static InputFile of(String userName) throws NoSuchFileException {
        Objects.requireNonNull(userName, "userName");
        Path p = Path.of(userName);
        if (!Files.isRegularFile(p)) {
            throw new NoSuchFileException(userName, null, Files.isDirectory(p) ? "is a directory, not a file" : "no such file");
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

    public long size() throws IOException {
        return Files.size(path);
    }

    public InputStream openBytes() throws IOException {
        return Files.newInputStream(path);
    }

    /** The lines of the file, each decoded as strict UTF-8 (see {@link Utf8Lines}). */
    public Utf8Lines openLines() throws IOException {
        return new Utf8Lines(openBytes(), Utf8Lines.DEFAULT_MAX_LINE_BYTES);
    }

    /** The start of the file for detection; invalid UTF-8 there yields replacement chars, never an error. */
    public InputSample sample() throws IOException {
        try (InputStream in = openBytes()) {
            byte[] bytes = in.readNBytes(SAMPLE_CHARS);
            String head = new String(bytes, StandardCharsets.UTF_8);
            if (head.startsWith("\uFEFF")) {
                head = head.substring(1);
            }
            return new InputSample(path.getFileName().toString(), head);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
