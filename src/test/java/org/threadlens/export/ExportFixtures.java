package org.threadlens.export;

import static org.threadlens.thread.Comments.post;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;
import org.threadlens.record.Records;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/** Annotated threads for export tests (made with the model-free fake engine), and a one-call export. */
public final class ExportFixtures {
    private ExportFixtures() {
    }

    /**
     * A Reddit thread in r/space of 2024-01-01 with a title, a reply quoting the post, entities (PERSON for
     * capitalised words after a sentence's first), a deleted reply, a reply to it, and every scorer's sentiment.
     */
    public static AnnotatedThread rich(String id) {
        return rich(id, "space", 1_704_067_200L);
    }

    public static AnnotatedThread rich(String id, String community, long createdUtc) {
        return Records.annotateWithScorers(richThread(id, community, createdUtc));
    }

    /**
     * How {@link #linked} resolves the mentions, as {@code org.threadlens.entity} would: "Alice" merged into Alice
     * Liddell and linked; "Bob" left apart, since two Bobs were as likely, and unlinked.
     */
    public static final Map<String, Records.Resolution> RESOLVED = Map.of(
            "Alice", new Records.Resolution("Alice Liddell", "Alice_Liddell", List.of()),
            "Bob", new Records.Resolution("Bob", null, List.of("Bob Dylan", "Bob Marley")));

    /** {@link #rich} with its mentions resolved as {@link #RESOLVED} says (Carol and Dave are left unresolved). */
    public static AnnotatedThread linked(String id) {
        return Records.annotateResolved(richThread(id, "space", 1_704_067_200L), RESOLVED);
    }

    private static DiscussionThread richThread(String id, String community, long createdUtc) {
        ThreadBuilder b = new ThreadBuilder("reddit", id, new SourceRef("test", "memory")).community(community)
                .title("Launch day for Alice").url("https://www.reddit.com/r/" + community + "/comments/" + id + "/")
                .createdUtc(createdUtc).declaredCommentCount(5);
        for (Comment c : List.of(
                comment(id, null, "op", createdUtc, "I think Alice liked the launch. It was great, said Bob!"),
                comment(id + "-1", id, "user_" + id + "-1", createdUtc + 60,
                        "&gt; I think Alice liked the launch.\n\nWhat a waste of money, Carol."),
                new Comment(id + "-2", id + "-1", CommentKind.COMMENT, 2, "[deleted]", null, null, "[deleted]",
                        Set.of(CommentFlag.DELETED)),
                new Comment(id + "-3", id + "-2", CommentKind.COMMENT, 3, "user_" + id + "-3", 1, createdUtc + 180,
                        "I read the whole report (twice).\tDave liked it.", Set.of(CommentFlag.EDITED)))) {
            b.add(c);
        }
        return b.build();
    }

    private static Comment comment(String id, String parentId, String author, long createdUtc, String text) {
        return new Comment(id, parentId, parentId == null ? CommentKind.POST : CommentKind.COMMENT, parentId == null ? 0 : 1,
                author, 1, createdUtc, text, Set.of());
    }

    /** A thread of one post, with {@code text} as its body. */
    public static AnnotatedThread single(String id, String text) {
        DiscussionThread t = new ThreadBuilder("reddit", id, new SourceRef("test", "memory")).community("test")
                .title("A title").createdUtc(1_600_000_000L).add(post(id, text)).build();
        return Records.annotateWithScorers(t);
    }

    /** A one-post thread whose annotations are given as they are (no engine, no summary). */
    public static AnnotatedThread handmade(String id, String text, TextAnnotations annotations) {
        DiscussionThread t = new ThreadBuilder("reddit", id, new SourceRef("test", "memory")).community("test")
                .createdUtc(1_600_000_000L).add(post(id, text)).build();
        return new AnnotatedThread(t, null, Map.of(id, annotations), null,
                new Provenance("test", null, Layer.toList(annotations.layers())));
    }

    /** Exports {@code threads} to {@code target} and commits. */
    public static void export(CorpusExporter exporter, Path target, ExportOptions options, AnnotatedThread... threads)
            throws IOException {
        try (ExportWriter w = exporter.open(target.toString(), options)) {
            for (AnnotatedThread t : threads) {
                w.write(t);
            }
            w.commit();
        }
    }

    /** Every path under {@code root} (itself excluded), relative and sorted. */
    public static List<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
