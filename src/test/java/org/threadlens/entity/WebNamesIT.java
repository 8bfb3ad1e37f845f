package org.threadlens.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.annotate.corenlp.SharedCoreNlp;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * The errors issue #21 found on real threads, through CoreNLP's fast profile (with the web-name gazetteer in
 * its regexner) and entity resolution, as {@code annotate} runs them.
 */
class WebNamesIT {
    /** "text/TYPE" of every entity of a thread whose comments are {@code bodies}. */
    private static List<String> entities(String... bodies) {
        ThreadBuilder b = new ThreadBuilder("reddit", "t", new SourceRef("test", "x"));
        for (int i = 0; i < bodies.length; i++) {
            b.add(new Comment("c" + i, i == 0 ? null : "c0", i == 0 ? CommentKind.POST : CommentKind.COMMENT, i == 0 ? 0 : 1,
                    "author" + i, null, null, bodies[i], Set.of()));
        }
        ThreadAnnotator annotator = new ThreadAnnotator(SharedCoreNlp.fast(),
                ThreadAnnotator.Options.defaults().withRefiner(new EntityResolver(null)));
        ThreadAnnotations a = annotator.annotate(b.build(), ForkJoinPool.commonPool()).join();
        return ResolvedThread.mentions(a).stream().map(m -> m.text() + "/" + m.type()).toList();
    }

    @Test
    void sitesAndPlatformsAreOrganizations() {
        assertEquals(List.of("Reddit/ORGANIZATION", "New Reddit/PRODUCT", "Digg/ORGANIZATION"),
                entities("Reddit is down again.", "New Reddit is worse than Digg ever was."));
    }

    @Test
    void programmingLanguagesAreProducts() {
        assertEquals(List.of("Python/PRODUCT", "Java/PRODUCT"),
                entities("We are hiring engineers who know Python and Java."));
    }

    @Test
    void interjectionsAndCommonNounsAreNotNames() {
        assertEquals(List.of(), entities("Welp. My rose bush died last week, LMAO."));
    }

    @Test
    void aUrlIsNeverInsideAName() {
        assertEquals(List.of(), entities("Source - https://www.reddit.com/r/ireland/comments/abc/def/"));
    }
}
