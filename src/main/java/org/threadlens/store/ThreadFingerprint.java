package org.threadlens.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadFlag;

/**
 * The content hash of a thread: SHA-256 (hex) over everything read that annotation or analysis can see —
 * platform, id, community, title, url, creation time, declared and unfetched counts, thread flags, and for
 * every comment in order its id, parent, kind, depth, author, score, creation time, text and flags.
 *
 * <p>It leaves out {@link org.threadlens.thread.SourceRef} (which file and reader the thread came from), so
 * that moving or renaming inputs does not count as new content. The encoding is its own (each value
 * length-prefixed, null distinct from empty), not the JSON record's, so that a change of the record format
 * never changes the hashes of stored threads. Thread-safe (stateless).
 */
public final class ThreadFingerprint {
    private ThreadFingerprint() {
    }

    public static String of(DiscussionThread t) {
        Digest d = new Digest();
        d.add(t.platform()).add(t.id()).add(t.community()).add(t.title()).add(t.url()).add(t.createdUtc())
                .add(t.declaredCommentCount()).add(t.unfetched() == null ? null : t.unfetched().stubs())
                .add(t.unfetched() == null ? null : t.unfetched().comments()).add(threadFlags(t.flags()));
        d.add(t.comments().size());
        for (Comment c : t.comments()) {
            d.add(c.id()).add(c.parentId()).add(c.kind().wireName()).add(c.depth()).add(c.author()).add(c.score())
                    .add(c.createdUtc()).add(c.text()).add(commentFlags(c.flags()));
        }
        return d.hex();
    }

    private static String threadFlags(Set<ThreadFlag> flags) {
        TreeSet<String> names = new TreeSet<>();
        flags.forEach(f -> names.add(f.wireName()));
        return String.join(",", names);
    }

    private static String commentFlags(Set<CommentFlag> flags) {
        TreeSet<String> names = new TreeSet<>();
        flags.forEach(f -> names.add(f.wireName()));
        return String.join(",", names);
    }

    /** Values fed as: 0 for null, or 1, the UTF-8 length as 4 bytes, and the bytes (numbers as decimal). */
    private static final class Digest {
        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }

        Digest add(Object value) {
            if (value == null) {
                sha.update((byte) 0);
                return this;
            }
            byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
            sha.update((byte) 1);
            sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
