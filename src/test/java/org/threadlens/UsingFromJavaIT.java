package org.threadlens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.analyze.ThreadSummary;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.annotate.corenlp.CoreNlpProvider;
import org.threadlens.read.InputFile;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadReaders;
import org.threadlens.read.ThreadStream;
import org.threadlens.sentiment.SentimentScorers;
import org.threadlens.thread.DiscussionThread;

/** The "Using it from Java" example of docs/architecture.md, kept compiling and working. */
class UsingFromJavaIT {
    @Test
    void theReadmeExampleRuns() throws Exception {
        List<String> printed = new ArrayList<>();
        // --- as in docs/architecture.md ---
        ThreadReader reader = ThreadReaders.byName("reddit-text");
        Set<Layer> layers = Layer.parseList("entities,sentiment");
        try (CommentAnnotator engine = new CoreNlpProvider().open(layers, Map.of());
             ThreadStream threads = reader.open(List.of(InputFile.of("examples/reddit-space-thread.txt")), ReadContext.defaults())) {
            // the sentence and comment scorers annotate runs (markup by platform, caseless routing, the bge encoder)
            ThreadAnnotator annotator = new ThreadAnnotator(engine, SentimentScorers.options(layers, null, true, true));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            for (DiscussionThread t = threads.read(); t != null; t = threads.read()) {
                ThreadAnnotations a = ThreadSummarizer.rollUpComments(annotator.annotate(t, pool).join());
                ThreadSummary summary = ThreadSummarizer.summarize(a);
                printed.add(t.id() + " " + summary.sentiment().label().wireName());
            }
            pool.shutdown();
        }
        // --- end ---
        assertEquals(1, printed.size());
        assertTrue(printed.get(0).startsWith("1q2w3e4 "), printed.get(0));
    }
}
