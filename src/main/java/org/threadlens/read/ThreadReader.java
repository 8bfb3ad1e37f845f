package org.threadlens.read;

import java.io.IOException;
import java.util.List;
import org.threadlens.plugin.Named;

/**
 * The extension point for input formats, found by name with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.threadlens.read.ThreadReader}) and declared in plugin.xml.
 * Implementations are stateless and thread-safe; each {@link #open} returns an independent stream.
 */
public interface ThreadReader extends Named {

    /** File name patterns typical of the format (e.g. {@code *.txt}); informative, detection is by content. */
    List<String> filePatterns();

    /** What a file in this format looks like, for the list of formats shown to users. */
    String expects();

    /** Whether the start of an input looks like this format. Must be cheap and never throw. */
    boolean recognizes(InputSample sample);

    /** Opens an input; records that cannot be read are reported to {@code problems}. */
    ThreadStream open(InputFile input, ReadProblems problems) throws IOException, InputFormatException;
}
