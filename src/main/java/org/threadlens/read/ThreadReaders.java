package org.threadlens.read;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.threadlens.spi.Extensions;
import org.threadlens.spi.UnknownExtensionException;

/** Finds the reader for an input: by name when the user forces a format, else by content. */
public final class ThreadReaders {
    private ThreadReaders() {
    }

    public static List<ThreadReader> all() {
        return Extensions.all(ThreadReader.class);
    }

    /** The reader called {@code name}; an unknown name is answered with the known formats. */
    public static ThreadReader byName(String name) throws UnknownExtensionException {
        return Extensions.byName(ThreadReader.class, name, "format");
    }

    /**
     * The first reader, by name order, that recognizes the input's content.
     *
     * @throws InputFormatException naming the file and listing the known formats if none does
     */
    public static ThreadReader detect(InputFile input) throws IOException, InputFormatException {
        InputSample sample = input.sample();
        if (sample.head().isBlank() && !sample.isDirectory()) {
            Compression c = input.compression();
            if (c != Compression.NONE && input.size() > 0) {
                // the sample swallows decompression errors: a stream that gives nothing is cut or corrupt, not empty
                try (java.io.InputStream in = input.openBytes()) {
                    in.readNBytes(InputFile.SAMPLE_BYTES);
                } catch (IOException e) {
                    throw InputFormatException.brokenOff(input.name(), 0, e);
                }
            }
            String what = input.size() == 0 ? "the file is empty" : "the file holds no text (only white space)";
            throw new InputFormatException(input.name(), 0, what + ": expected one of the known formats:\n" + knownFormats());
        }
        ThreadReader reader = recognizing(sample);
        if (reader == null) {
            throw new InputFormatException(input.name(), 0, "not in any known format (use --format to force one). "
                    + "Known formats:\n" + knownFormats());
        }
        return reader;
    }

    /** The first reader, by name order, that recognizes the input's content; null if none does. */
    public static ThreadReader recognizing(InputFile input) throws IOException {
        return recognizing(input.sample());
    }

    private static ThreadReader recognizing(InputSample sample) {
        for (ThreadReader reader : all()) {
            if (reader.recognizes(sample)) {
                return reader;
            }
        }
        return null;
    }

    /** One line per format: its name and what it expects. */
    public static String knownFormats() {
        return all().stream().map(r -> "  " + r.name() + ": " + r.expects()).collect(Collectors.joining("\n"));
    }
}
