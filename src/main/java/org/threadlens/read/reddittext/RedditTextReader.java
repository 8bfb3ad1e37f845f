package org.threadlens.read.reddittext;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.InputSample;
import org.threadlens.read.LineCursor;
import org.threadlens.read.FileByFileStream;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.DiscussionThread;

/** Reads the Reddit text-dump format (see the package documentation). Stateless and thread-safe. */
public final class RedditTextReader implements ThreadReader {
    public static final String NAME = "reddit-text";
    private static final Pattern HEAD = Pattern.compile("\\A\\s*Post Title:[^\\r\\n]*\\R[ \\t]*Author:");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a Reddit thread rendered as text (Post Title:, Author:, ..., Top N comments:, Comment K:)";
    }

    @Override
    public String expects() {
        return "text starting 'Post Title:' then 'Author:', 'Score:', 'URL:', 'Number of comments:', "
                + "'Created UTC:', 'Post Content:', optionally 'Top N comments:' and 'Comment K:' blocks";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("*.txt");
    }

    @Override
    public boolean recognizes(InputSample sample) {
        return HEAD.matcher(sample.head()).find();
    }

    @Override
    public ThreadStream open(List<InputFile> inputs, ReadContext context) {
        return new FileByFileStream(inputs, this::open, context.problems());
    }

    private ThreadStream open(InputFile input) throws IOException {
        LineCursor lines = new LineCursor(input.openLines(), input.name());
        return new ThreadStream() {
            @Override
            public DiscussionThread read() throws IOException, InputFormatException {
                return new RedditTextParser(lines).next();
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }
}
