package org.threadlens.read.reddittext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.LineCursor;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;

/** Parses threads of the text-dump format from a line cursor, one thread per {@link #next()}. */
final class RedditTextParser {
    private static final Pattern TOP_HEADER = Pattern.compile("Top \\d+ comments?:\\s*");
    private static final Pattern BLOCK_HEADER = Pattern.compile("Comment (\\d+):\\s*");
    private static final Pattern PERMALINK = Pattern.compile(
            "reddit\\.com/r/([A-Za-z0-9_]+)/comments/([a-z0-9]+)(?:[/?#]|$)");

    private final LineCursor lines;

    RedditTextParser(LineCursor lines) {
        this.lines = lines;
    }

    /** The next thread, or null at the end of the input. */
    DiscussionThread next() throws IOException, InputFormatException {
        skipBlankLines();
        if (lines.peek(0) == null) {
            return null;
        }
        String title = field("Post Title");
        String author = field("Author");
        int score = integer("Score", field("Score"));
        String url = field("URL");
        int declared = integer("Number of comments", field("Number of comments"));
        long created = epochSeconds(field("Created UTC"));
        skipBlankLines();
        String body = body(field("Post Content"), true);

        String[] idAndCommunity = idAndCommunity(url, title, author, created);
        String threadId = idAndCommunity[0];
        List<Comment> comments = new ArrayList<>();
        comments.add(new Comment(threadId, null, CommentKind.POST, 0, author, score, created, body, flags(body)));
        if (lines.peek(0) != null && TOP_HEADER.matcher(lines.peek(0)).matches()) {
            lines.next();
            readComments(threadId, comments);
        }
        SourceRef source = new SourceRef(RedditTextReader.NAME, lines.file());
        return new DiscussionThread("reddit", threadId, idAndCommunity[1], title, url, created, source, declared,
                null, comments, Set.of());
    }

    private void readComments(String threadId, List<Comment> out) throws IOException, InputFormatException {
        int expected = 1;
        skipBlankLines();
        while (lines.peek(0) != null && !startsThread()) {
            Matcher m = BLOCK_HEADER.matcher(lines.peek(0));
            if (!m.matches()) {
                throw lines.errorAtNext("expected 'Comment " + expected + ":', found '" + abbreviate(lines.peek(0)) + "'");
            }
            if (!m.group(1).equals(Integer.toString(expected))) {
                throw lines.errorAtNext("expected 'Comment " + expected + ":' (blocks are numbered from 1 in order), found '"
                        + lines.peek(0).strip() + "'");
            }
            lines.next();
            String author = field("Author");
            int score = integer("Score", field("Score"));
            long created = epochSeconds(field("Created UTC"));
            String text = body(field("Comment"), false);
            out.add(new Comment(threadId + "-c" + expected, threadId, CommentKind.COMMENT, 1, author, score, created,
                    text, flags(text)));
            expected++;
            skipBlankLines();
        }
    }

    /**
     * Collects a body: the rest of its header line, then every line up to the next block header (a
     * {@code Comment K:} line followed by {@code Author:}), the comments section's header (post only) or the
     * next thread; trailing blank lines are the format's separators, not part of the body.
     */
    private String body(String firstLine, boolean isPost) throws IOException, InputFormatException {
        List<String> body = new ArrayList<>();
        if (!firstLine.isEmpty()) {
            body.add(firstLine);
        }
        while (lines.peek(0) != null) {
            String line = lines.peek(0);
            boolean afterBlank = body.isEmpty() || body.get(body.size() - 1).isBlank();
            if ((isPost && TOP_HEADER.matcher(line).matches()) || startsBlock() || (afterBlank && startsThread())) {
                break;
            }
            body.add(lines.next());
        }
        int end = body.size();
        while (end > 0 && body.get(end - 1).isBlank()) {
            end--;
        }
        return String.join("\n", body.subList(0, end));
    }

    private boolean startsBlock() throws IOException, InputFormatException {
        String next = lines.peek(1);
        return BLOCK_HEADER.matcher(lines.peek(0)).matches() && next != null && next.startsWith("Author:");
    }

    private boolean startsThread() throws IOException, InputFormatException {
        String next = lines.peek(1);
        return lines.peek(0).startsWith("Post Title:") && next != null && next.startsWith("Author:");
    }

    /** Takes a {@code Name: value} line and returns the value (one separating space removed). */
    private String field(String name) throws IOException, InputFormatException {
        String line = lines.peek(0);
        String prefix = name + ":";
        if (line == null) {
            throw lines.errorAtNext("expected '" + prefix + "', found the end of the file");
        }
        if (!line.startsWith(prefix)) {
            throw lines.errorAtNext("expected '" + prefix + "', found '" + abbreviate(line) + "'");
        }
        lines.next();
        String value = line.substring(prefix.length());
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    private int integer(String name, String value) throws InputFormatException {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InputFormatException(lines.file(), lines.lineNumber(),
                    "expected '" + name + ": <integer>', found '" + abbreviate(value) + "'");
        }
    }

    /** {@code Created UTC:} is epoch seconds as a float ({@code 1765840124.0}); fractions are truncated. */
    private long epochSeconds(String value) throws InputFormatException {
        try {
            double seconds = Double.parseDouble(value.strip());
            if (!Double.isFinite(seconds) || seconds < 0 || seconds > 1e11) {
                throw new NumberFormatException("out of range");
            }
            return (long) seconds;
        } catch (NumberFormatException e) {
            throw new InputFormatException(lines.file(), lines.lineNumber(),
                    "expected 'Created UTC: <epoch seconds>', found '" + abbreviate(value) + "'");
        }
    }

    private void skipBlankLines() throws IOException, InputFormatException {
        while (lines.peek(0) != null && lines.peek(0).isBlank()) {
            lines.next();
        }
    }

    private static Set<CommentFlag> flags(String text) {
        Set<CommentFlag> flags = EnumSet.noneOf(CommentFlag.class);
        if ("[deleted]".equals(text.strip())) {
            flags.add(CommentFlag.DELETED);
        } else if ("[removed]".equals(text.strip())) {
            flags.add(CommentFlag.REMOVED);
        }
        return flags;
    }

    /** {@code [threadId, community]}: from a permalink, else a derived id and no community. */
    private static String[] idAndCommunity(String url, String title, String author, long created) {
        Matcher m = PERMALINK.matcher(url);
        if (m.find()) {
            return new String[] {m.group(2), m.group(1)};
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((title + "\n" + author + "\n" + created).getBytes(StandardCharsets.UTF_8));
            return new String[] {"text-" + HexFormat.of().formatHex(digest, 0, 6), null};
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String abbreviate(String s) {
        String stripped = s.strip();
        return stripped.length() <= 60 ? stripped : stripped.substring(0, 57) + "...";
    }
}
