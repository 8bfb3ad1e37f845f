package org.threadlens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.thread.Comments.post;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/** Filtered reads of the store: the SQL and {@link ThreadFilter#test} keep the same threads. */
class ThreadFilterTest {
    private static final long JAN_1 = 1_704_067_200L; // 2024-01-01T00:00:00Z
    private static final long DAY = 86_400L;

    @TempDir
    Path dir;

    private static AnnotatedThread thread(String id, String community, Long createdUtc) {
        ThreadBuilder b = new ThreadBuilder("reddit", id, new SourceRef("test", "memory")).community(community)
                .title("Title of " + id).createdUtc(createdUtc);
        b.add(post(id, "Post of " + id + "."));
        return Records.annotate(b.build());
    }

    private final List<AnnotatedThread> corpus = List.of(
            thread("a", "Space", JAN_1),
            thread("b", "space", JAN_1 + DAY),
            thread("c", "MachineLearning", JAN_1 + 2 * DAY),
            thread("d", null, null));

    /** The ids of the stored threads {@code filter} keeps, read through SQL; checks the count and test() agree. */
    private List<String> read(ThreadFilter filter) throws Exception {
        try (CorpusStore store = CorpusStore.open(dir.resolve("s.duckdb"))) {
            if (store.threadCount() == 0) {
                for (AnnotatedThread t : corpus) {
                    store.put(t);
                }
            }
            List<String> ids = new ArrayList<>();
            store.forEach(filter, t -> ids.add(t.thread().id()));
            assertEquals(ids.size(), store.threadCount(filter), "threadCount agrees with forEach");
            List<String> tested = corpus.stream().map(AnnotatedThread::thread).filter(filter::test)
                    .map(DiscussionThread::id).toList();
            assertEquals(tested, ids, "test() keeps the threads the SQL keeps");
            return ids;
        }
    }

    @Test
    void noConditionKeepsEveryThreadInStoringOrder() throws Exception {
        assertTrue(ThreadFilter.ALL.isAll());
        assertEquals(List.of("a", "b", "c", "d"), read(ThreadFilter.ALL));
    }

    @Test
    void threadIdsKeepThoseThreads() throws Exception {
        assertEquals(List.of("a", "c"), read(new ThreadFilter(List.of("c", "a", "zz"), List.of(), null, null)));
    }

    @Test
    void communitiesCompareWithoutCase() throws Exception {
        assertEquals(List.of("a", "b"), read(new ThreadFilter(List.of(), List.of("SPACE"), null, null)));
        assertEquals(List.of("a", "b", "c"),
                read(new ThreadFilter(List.of(), List.of("space", "machinelearning"), null, null)));
    }

    @Test
    void sinceIsInclusiveAndUntilExclusive() throws Exception {
        assertEquals(List.of("b", "c"), read(new ThreadFilter(List.of(), List.of(), JAN_1 + DAY, null)));
        assertEquals(List.of("a"), read(new ThreadFilter(List.of(), List.of(), null, JAN_1 + DAY)));
        assertEquals(List.of("b"), read(new ThreadFilter(List.of(), List.of(), JAN_1 + DAY, JAN_1 + 2 * DAY)));
    }

    @Test
    void aThreadWithoutTimeOrCommunityFailsEveryConditionOnThem() throws Exception {
        assertFalse(read(new ThreadFilter(List.of(), List.of(), 0L, null)).contains("d"));
        assertFalse(read(new ThreadFilter(List.of(), List.of("space"), null, null)).contains("d"));
    }

    @Test
    void conditionsCombine() throws Exception {
        assertEquals(List.of("b"), read(new ThreadFilter(List.of("a", "b", "c"), List.of("space"), JAN_1 + 1, null)));
    }

    @Test
    void anEmptyTimeRangeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ThreadFilter(List.of(), List.of(), JAN_1, JAN_1));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void theRunsOfTheKeptThreadsAreNamed() throws Exception {
        try (CorpusStore store = CorpusStore.open(dir.resolve("runs.duckdb"))) {
            store.put(corpus.get(0), new ThreadStamp(1, "h1", "s"));
            store.put(corpus.get(2), new ThreadStamp(2, "h2", "s"));
            store.put(corpus.get(3), new ThreadStamp(null, "h3", "s"));
            assertEquals(List.of(1, 2), store.runIds(ThreadFilter.ALL));
            assertEquals(List.of(2), store.runIds(new ThreadFilter(List.of("c", "d"), List.of(), null, null)));
        }
    }
}
