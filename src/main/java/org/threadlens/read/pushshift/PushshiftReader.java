package org.threadlens.read.pushshift;

import java.util.List;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputSample;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadStream;

/** Reads Pushshift / Arctic Shift NDJSON dumps (see the package documentation). Stateless and thread-safe. */
public final class PushshiftReader implements ThreadReader {
    public static final String NAME = "pushshift";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Pushshift / Arctic Shift Reddit dumps: comment and submission objects, one per line (RC_*, RS_*; .zst, .gz, .bz2, .xz)";
    }

    @Override
    public String expects() {
        return "one JSON object per line, each a Reddit comment (id, link_id, parent_id, body, created_utc) or "
                + "submission (id, title, selftext, num_comments, created_utc); comments and submissions in "
                + "any files and any order";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("RC_*", "RS_*", "*.ndjson", "*.zst");
    }

    @Override
    public boolean recognizes(InputSample sample) {
        return DumpSniffer.recognizes(sample);
    }

    /** Nothing is read until the first {@link ThreadStream#read()}, which spills every input first. */
    @Override
    public ThreadStream open(List<InputFile> inputs, ReadContext context) {
        return new PushshiftStream(inputs, context);
    }
}
