package org.threadlens.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plain CoreNLP: one {@link StanfordCoreNLP} with the given properties, annotating each text on a pool of
 * worker threads (as ThreadLens does, one pipeline shared), and nothing else — no reading, preparing or
 * storing.
 */
final class CoreNlpBaseline {
    private final StanfordCoreNLP pipeline;
    private final int threads;

    CoreNlpBaseline(Properties properties, int threads) {
        this.pipeline = new StanfordCoreNLP(properties);
        this.threads = threads;
    }

    /** The number of tokens CoreNLP's tokenizer makes of the texts. */
    static long tokens(List<String> texts) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(p);
        long n = 0;
        for (String t : texts) {
            Annotation doc = new Annotation(t);
            tokenizer.annotate(doc);
            n += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return n;
    }

    /** Annotates every text; returns the number of tokens. */
    long annotate(List<String> texts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong tokens = new AtomicLong();
        try {
            List<Future<?>> futures = new java.util.ArrayList<>(texts.size());
            for (String t : texts) {
                futures.add(pool.submit(() -> {
                    Annotation doc = new Annotation(t);
                    pipeline.annotate(doc);
                    tokens.addAndGet(doc.get(CoreAnnotations.TokensAnnotation.class).size());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return tokens.get();
    }
}
