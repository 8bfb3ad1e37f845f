package org.threadlens.read;

import java.io.IOException;
import java.util.List;
import org.threadlens.spi.Named;

/**
 * The extension point for input formats, found by name with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.threadlens.read.ThreadReader}) and declared in plugin.xml.
 * Implementations are stateless and thread-safe; each {@link #open} returns an independent stream.
 *
 * <p>A reader receives at once every input of its format, in the order the user gave them, so that
 * formats whose threads span files (dumps with comments and submissions apart) can assemble them. A reader
 * of one-thread-per-file formats reads the inputs in turn ({@link FileByFileStream}). An input that cannot
 * be read, or breaks off, is reported with {@link ReadProblems#inputFailed} and the other inputs are read;
 * a record that cannot be read is reported with {@link ReadProblems#skipped} and the input goes on.
 */
public interface ThreadReader extends Named {

    /** File name patterns typical of the format (e.g. {@code *.txt}); informative, detection is by content. */
    List<String> filePatterns();

    /** What an input in this format looks like, for the list of formats shown to users. */
    String expects();

    /** Whether the start of an input looks like this format. Must be cheap and never throw. */
    boolean recognizes(InputSample sample);

    /** Opens the inputs; problems go to {@code context.problems()}. */
    ThreadStream open(List<InputFile> inputs, ReadContext context) throws IOException, InputFormatException;
}
