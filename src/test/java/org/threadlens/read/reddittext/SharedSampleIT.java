package org.threadlens.read.reddittext;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadlens.Fixtures;
import org.threadlens.annotate.AnnotationInput;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.text.CodePoints;
import org.threadlens.annotate.corenlp.SharedCoreNlp;
import org.threadlens.read.InputFile;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ThreadStream;
import org.threadlens.text.HtmlEntities;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

/** The real thread this project was specified from (../shared/data/reddit-thread-sample.txt). */
class SharedSampleIT {

    private static DiscussionThread sample() throws Exception {
        InputFile input = InputFile.of(Fixtures.sharedData("reddit-thread-sample.txt").toString());
        try (ThreadStream s = new RedditTextReader().open(List.of(input), ReadContext.defaults())) {
            DiscussionThread t = s.read();
            assertEquals(null, s.read());
            return t;
        }
    }

    @Test
    void readsTheSixRecordsWithTheirAuthorsAndScores() throws Exception {
        DiscussionThread t = sample();
        assertEquals("1pnm0r0", t.id());
        assertEquals("MachineLearning", t.community());
        assertEquals(List.of("we_are_mammals", "bikeskata", "howtorewriteaname", "nathanjd", "ricafernandes", "not_particulary"),
                t.comments().stream().map(Comment::author).toList());
        assertEquals(List.of(88, 210, 72, 65, 39, 14), t.comments().stream().map(Comment::score).toList());
        assertEquals(111, t.declaredCommentCount());
        assertEquals(1765840124L, t.createdUtc());
        assertTrue(t.comments().get(0).text().startsWith("&gt; One point I made"));
    }

    @Test
    void thePostOpensWithSomeoneElsesWordsWhichDoNotCountForItsAuthor() throws Exception {
        DiscussionThread t = sample();
        var annotations = new ThreadAnnotator(SharedCoreNlp.engine(), ThreadAnnotator.Options.defaults())
                .annotate(t, java.util.concurrent.ForkJoinPool.commonPool()).join();
        TextAnnotations post = ThreadSummarizer.rollUpComments(annotations).comments().get("1pnm0r0");
        String text = t.comments().get(0).text();
        assertEquals(1, post.quotes().size());
        String quote = CodePoints.slice(text, post.quotes().get(0).begin(), post.quotes().get(0).end());
        assertTrue(quote.startsWith("One point I made") && quote.endsWith("continue to be missing."), quote);
        assertEquals(null, post.quotes().get(0).sourceId(), "an outside source (a tweet), not a comment of the thread");
        List<Sentence> unquoted = post.sentences().stream().filter(s -> !s.quoted()).toList();
        assertEquals(1, unquoted.size());
        assertTrue(CodePoints.slice(text, unquoted.get(0).begin(), unquoted.get(0).end()).startsWith("What do you think"));
        double[] rollup = post.scores().get("corenlp").distribution().stream().mapToDouble(Double::doubleValue).toArray();
        assertArrayEquals(unquoted.get(0).sentiment().distribution().toArray(), rollup, 1e-12,
                "the post's CoreNLP sentiment is its author's one sentence");
    }

    @Test
    void theTitleNamesIlyaSutskeverAsAPerson() throws Exception {
        DiscussionThread t = sample();
        TextAnnotations title = SharedCoreNlp.engine().annotate(
                new AnnotationInput("title", new HtmlEntities().prepare(t.title()), t.createdUtc()));
        EntityMention ilya = title.entities().get(0);
        assertEquals("Ilya Sutskever", ilya.text());
        assertEquals("PERSON", ilya.type());
        assertEquals("Ilya Sutskever", t.title().substring(ilya.begin(), ilya.end()));
    }
}
