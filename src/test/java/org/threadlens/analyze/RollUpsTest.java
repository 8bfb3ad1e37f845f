package org.threadlens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.FakeAnnotator;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.record.Records;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

class RollUpsTest {
    private static Comment comment(String id, String parent, String author, long minutes, String text) {
        return new Comment(id, parent, parent == null ? CommentKind.POST : CommentKind.COMMENT, parent == null ? 0 : 1,
                author, 1, 1_000_000L + minutes * 60, text, Set.of());
    }

    private static Map<String, List<GroupSentiment>> rollUps() {
        ThreadBuilder b = new ThreadBuilder("forum", "t", new SourceRef("test", "memory")).createdUtc(1_000_000L);
        b.add(comment("t", null, "op", 0, "This is great."));
        b.add(comment("a", "t", "ann", 30, "A waste."));
        b.add(comment("b", "a", "ann", 90, "Great point."));
        b.add(comment("c", "t", "ann", 60 * 30, "Fine."));
        ThreadAnnotations raw = new ThreadAnnotator(new FakeAnnotator(Records.ALL), ThreadAnnotator.Options.defaults())
                .annotate(b.build(), ForkJoinPool.commonPool()).join();
        return RollUps.of(ThreadSummarizer.rollUpComments(raw));
    }

    private static List<String> keys(List<GroupSentiment> groups) {
        return groups.stream().map(g -> g.key() + "=" + g.sentiment().comments()).toList();
    }

    /** The post's author comes first in the thread, with fewer comments: only the sort puts ann first. */
    @Test
    void byAuthorLargestFirst() {
        assertEquals(List.of("ann=3", "op=1"), keys(rollUps().get("author")));
    }

    @Test
    void byDepthInOrder() {
        assertEquals(List.of("0=1", "1=2", "2=1"), keys(rollUps().get("depth")));
    }

    @Test
    void byTimeSinceThePost() {
        assertEquals(List.of("0-1h=2", "1-3h=1", "24-48h=1"), keys(rollUps().get("time")));
    }

    @Test
    void bySubtreeOfEachTopComment() {
        assertEquals(List.of("a=2", "c=1"), keys(rollUps().get("subtree")));
    }
}
