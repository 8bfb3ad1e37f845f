package org.threadlens.read.hackernews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * Assembles Firebase items into threads, one thread per {@link #next()}.
 *
 * <p>Each item belongs to the thread of the post (story, job or poll) its {@code parent} links lead to. Where
 * the links leave the input before reaching a post, the thread is named after the first missing item (the
 * {@code parent} of the topmost comment present): its comments are grouped there, the thread is flagged
 * post-missing and that topmost comment orphan. A parent cycle (hostile input) is named after its smallest
 * id. Threads come in the order their first item was read; siblings come in their parent's {@code kids}
 * order (HN's ranked display order), then in input order. Not thread-safe; one use.
 */
final class FirebaseThreads {
    /** A reply and the item that lists it in its {@code kids}. */
    private record Edge(long parent, long kid) {
    }

    private final List<InputFile> inputs;
    private final ReadProblems problems;
    private final Iterator<Map.Entry<Long, List<FirebaseItem>>> groups;

    /** Groups the items; {@code items} is emptied, so that each thread's items are freed once it is read. */
    FirebaseThreads(Map<Long, FirebaseItem> items, List<InputFile> inputs, ReadProblems problems) {
        this.inputs = List.copyOf(inputs);
        this.problems = problems;
        this.groups = group(items).entrySet().iterator();
        items.clear();
    }

    /** The next thread, or null when all are read. */
    DiscussionThread next() throws InputFormatException {
        if (!groups.hasNext()) {
            return null;
        }
        Map.Entry<Long, List<FirebaseItem>> g = groups.next();
        groups.remove();
        return build(Long.toString(g.getKey()), g.getValue());
    }

    private static Map<Long, List<FirebaseItem>> group(Map<Long, FirebaseItem> items) {
        Map<Long, Long> threadOf = new HashMap<>(items.size() * 2);
        Map<Long, List<FirebaseItem>> groups = new LinkedHashMap<>();
        for (FirebaseItem item : items.values()) {
            groups.computeIfAbsent(threadOf(item, items, threadOf), k -> new ArrayList<>()).add(item);
        }
        return groups;
    }

    /** Follows {@code parent} links up to a post or out of the input, remembering the answer for the path. */
    private static long threadOf(FirebaseItem item, Map<Long, FirebaseItem> items, Map<Long, Long> memo) {
        List<Long> path = new ArrayList<>();
        Set<Long> onPath = new HashSet<>();
        FirebaseItem current = item;
        long thread;
        while (true) {
            if (current.type().opensThread()) {
                thread = current.id();
                break;
            }
            Long known = memo.get(current.id());
            if (known != null) {
                thread = known;
                break;
            }
            if (!onPath.add(current.id())) {
                thread = path.subList(path.indexOf(current.id()), path.size()).stream().min(Long::compare).orElseThrow();
                break;
            }
            path.add(current.id());
            FirebaseItem up = items.get(current.parent());
            if (up == null) {
                thread = current.parent();
                break;
            }
            current = up;
        }
        for (Long id : path) {
            memo.put(id, thread);
        }
        return thread;
    }

    private DiscussionThread build(String threadId, List<FirebaseItem> members) throws InputFormatException {
        FirebaseItem post = members.stream().filter(i -> i.type().opensThread()).findFirst().orElse(null);
        FirebaseItem first = post != null ? post : members.get(0);
        String file = inputs.get(first.input()).name();
        ThreadBuilder b = new ThreadBuilder(HackerNews.PLATFORM, threadId, new SourceRef(HackerNewsReader.NAME, file));
        b.url(HackerNews.postUrl(threadId, post == null ? null : post.url()));
        if (post != null) {
            b.title(post.title()).createdUtc(post.time()).declaredCommentCount(post.descendants());
        }
        for (FirebaseItem i : displayOrder(members)) {
            b.add(toComment(i));
        }
        DiscussionThread thread = b.build();
        for (Comment d : b.duplicates()) { // ids are unique after collection; kept for the builder's contract
            problems.skipped(new ReadProblem(file, 0, "item " + d.id() + " again in thread " + threadId + ": skipped"));
        }
        return thread;
    }

    /** The post first, then replies by their rank in their parent's {@code kids}, then in input order. */
    private static List<FirebaseItem> displayOrder(List<FirebaseItem> members) {
        Map<Edge, Integer> rank = new HashMap<>();
        for (FirebaseItem p : members) {
            for (int k = 0; k < p.kids().length; k++) {
                rank.putIfAbsent(new Edge(p.id(), p.kids()[k]), k);
            }
        }
        List<FirebaseItem> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing((FirebaseItem i) -> !i.type().opensThread())
                .thenComparing(i -> rank.getOrDefault(new Edge(i.parent(), i.id()), Integer.MAX_VALUE))
                .thenComparingInt(FirebaseItem::seq));
        return ordered;
    }

    private static Comment toComment(FirebaseItem i) {
        boolean post = i.type().opensThread();
        Set<CommentFlag> flags = EnumSet.noneOf(CommentFlag.class);
        if (i.deleted()) {
            flags.add(CommentFlag.DELETED);
        }
        if (i.dead()) {
            flags.add(CommentFlag.DEAD);
        }
        return new Comment(i.idText(), post ? null : Long.toString(i.parent()), post ? CommentKind.POST : CommentKind.COMMENT,
                post ? 0 : 1, i.by(), i.score(), i.time(), i.text() == null ? "" : i.text(), flags);
    }
}
