package org.threadlens.read.redditapi;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.threadlens.read.FileByFileStream;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.InputSample;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.DiscussionThread;

/** Reads Reddit API JSON responses (see the package documentation). Stateless and thread-safe. */
public final class RedditApiReader implements ThreadReader {
    public static final String NAME = "reddit-api";
    /** A Listing's kind, as Reddit writes it or re-serialised with other spacing; never matches escaped JSON. */
    private static final Pattern LISTING_KIND = Pattern.compile("\"kind\"\\s*:\\s*\"Listing\"");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Reddit API JSON: a comments page (/comments/<id>.json) or a Listing of posts, one response per file";
    }

    @Override
    public String expects() {
        return "one JSON document per file: the array [post Listing, comments Listing] of GET /comments/<id>.json "
                + "(with or without raw_json=1, permalink views included), or a Listing object of posts";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("*.json");
    }

    /**
     * An object or array whose sample (the first {@link InputFile#SAMPLE_BYTES}) holds a Listing's kind. Reddit
     * writes it first; a file re-serialised with sorted keys has it after the first Listing's data, which is
     * usually still in the sample. Pushshift dumps and Hacker News items have no {@code kind}.
     */
    @Override
    public boolean recognizes(InputSample sample) {
        char first = sample.firstChar();
        return (first == '[' || first == '{') && LISTING_KIND.matcher(sample.head()).find();
    }

    @Override
    public ThreadStream open(List<InputFile> inputs, ReadContext context) {
        return new FileByFileStream(inputs, input -> open(input, context.problems()), context.problems());
    }

    /** Reads the whole response at once (one tree per file, see {@link ApiDocument}), then hands out its threads. */
    private static ThreadStream open(InputFile input, ReadProblems problems) throws IOException, InputFormatException {
        ApiDocument.Root root = ApiDocument.read(input);
        Deque<DiscussionThread> threads = new ArrayDeque<>(
                new ThreadsFromDocument(input.name(), new Skips(input.name(), problems)).threads(root));
        return new ThreadStream() {
            @Override
            public DiscussionThread read() {
                return threads.poll();
            }

            @Override
            public void close() {
                threads.clear();
            }
        };
    }
}
