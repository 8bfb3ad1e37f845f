package org.threadlens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.AnnotationInput;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.record.Records;
import org.threadlens.text.CodePoints;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

class EntityIndexTest {

    /**
     * An engine that tags the given names, each with its type, wherever they occur and no earlier-listed name
     * already covers them: one sentence per text.
     */
    private static CommentAnnotator tagging(String... typeAndName) {
        return new CommentAnnotator() {
            @Override
            public java.util.Set<Layer> layers() {
                return Records.ALL;
            }

            @Override
            public EngineInfo info() {
                return new EngineInfo("tagging", "1", "", new java.util.TreeMap<>());
            }

            @Override
            public TextAnnotations annotate(AnnotationInput in) {
                String text = in.text().source();
                List<EntityMention> found = new java.util.ArrayList<>();
                for (int i = 0; i < typeAndName.length; i += 2) {
                    for (int at = text.indexOf(typeAndName[i + 1]); at >= 0; at = text.indexOf(typeAndName[i + 1], at + 1)) {
                        int b = CodePoints.length(text.substring(0, at));
                        int e = b + CodePoints.length(typeAndName[i + 1]);
                        if (found.stream().noneMatch(m -> m.begin() < e && b < m.end())) {
                            found.add(new EntityMention(typeAndName[i + 1], typeAndName[i], b, e, 0));
                        }
                    }
                }
                found.sort(java.util.Comparator.comparingInt(EntityMention::begin));
                return new TextAnnotations(layers(), List.of(new Sentence(0, CodePoints.length(text), false, null)),
                        List.of(), found, List.of());
            }

            @Override
            public void close() {
            }
        };
    }

    private static List<EntitySummary> index(CommentAnnotator engine, String... bodies) {
        ThreadBuilder b = new ThreadBuilder("forum", "t", new SourceRef("test", "memory"));
        for (int i = 0; i < bodies.length; i++) {
            b.add(new Comment(i == 0 ? "t" : "c" + i, i == 0 ? null : "t", i == 0 ? CommentKind.POST : CommentKind.COMMENT,
                    i == 0 ? 0 : 1, "author" + i, 1, 1000L + i, bodies[i], java.util.Set.of()));
        }
        ThreadAnnotations a = new ThreadAnnotator(engine, ThreadAnnotator.Options.defaults())
                .annotate(b.build(), ForkJoinPool.commonPool()).join();
        return EntityIndex.of(a);
    }

    @Test
    void oneWordNamesJoinTheOneFullNameTheyBelongTo() {
        List<EntitySummary> e = index(tagging("PERSON", "Ilya Sutskever", "PERSON", "Sutskever", "PERSON", "ilya's"),
                "Ilya Sutskever posted.", "Sutskever is right.", "i think ilya's point stands.");
        assertEquals(1, e.size());
        EntitySummary ilya = e.get(0);
        assertEquals("Ilya Sutskever", ilya.name());
        assertEquals(3, ilya.mentions());
        assertEquals(List.of("t", "c1", "c2"), ilya.commentIds());
        assertEquals(List.of("author0", "author1", "author2"), ilya.authors());
        assertEquals(1000L, ilya.firstMentionUtc());
        assertEquals(1002L, ilya.lastMentionUtc());
    }

    @Test
    void aWordSharedByTwoFullNamesStaysApart() {
        List<EntitySummary> e = index(tagging("PERSON", "John Smith", "PERSON", "John Doe", "PERSON", "John"),
                "John Smith met John Doe.", "John said hi.");
        assertEquals(3, e.size());
    }

    @Test
    void spellingsThatDifferOnlyInSpacesCaseAndPunctuationAreOne() {
        List<EntitySummary> e = index(tagging("ORGANIZATION", "OpenAI", "ORGANIZATION", "Open AI", "ORGANIZATION", "OPENAI"),
                "OpenAI and Open AI.", "OPENAI again.");
        assertEquals(1, e.size());
        assertEquals(3, e.get(0).mentions());
        assertEquals(List.of("OpenAI", "Open AI", "OPENAI"), e.get(0).aliases());
    }

    @Test
    void numbersAndDatesAreNotEntitiesOfTheThread() {
        List<EntitySummary> e = index(tagging("NUMBER", "two", "DATE", "Monday", "LOCATION", "Paris"), "two days in Paris on Monday");
        assertEquals(List.of("Paris"), e.stream().map(EntitySummary::name).toList());
        assertNotNull(e.get(0).aliases());
    }
}
