package org.threadlens.read;

import java.util.List;
import java.util.stream.Collectors;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.DiscussionThread;

/** A thread's reply structure as short lines, for exact assertions on ids, parents, depths and flags. */
public final class ThreadShapes {
    private ThreadShapes() {
    }

    /**
     * One line per comment in pre-order: {@code id <- parent @depth [flags]}; the post reads
     * {@code id (post) @0}.
     */
    public static List<String> shape(DiscussionThread thread) {
        return thread.comments().stream().map(ThreadShapes::line).toList();
    }

    private static String line(Comment c) {
        String flags = c.flags().stream().map(CommentFlag::wireName).sorted().collect(Collectors.joining(","));
        String where = c.isPost() ? " (post)" : " <- " + c.parentId();
        return c.id() + where + " @" + c.depth() + (flags.isEmpty() ? "" : " " + flags);
    }

    /** Problems as {@code line: message} for compact assertions (the file is checked separately). */
    public static List<String> problemLines(ReadProblems problems) {
        return problems.kept().stream().map(p -> p.line() + ": " + p.message()).toList();
    }
}
