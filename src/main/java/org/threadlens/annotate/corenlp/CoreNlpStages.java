package org.threadlens.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The CoreNLP pipelines for one set of properties. Split: everything up to NER runs on the whole text, then
 * {@code parse,sentiment} only on the sentences a predicate chooses (the parse is the cost; sentences whose
 * sentiment does not count are spared it). Whole: one pipeline, every sentence, exactly as CoreNLP runs.
 * Thread-safe: CoreNLP's annotators are, and these pipelines hold no per-call state.
 */
final class CoreNlpStages {
    private static final List<String> SENTIMENT_ANNOTATORS = List.of("parse", "sentiment");

    private final StanfordCoreNLP base;
    private final StanfordCoreNLP sentiment;

    CoreNlpStages(Properties properties, boolean split) {
        List<String> annotators = List.of(properties.getProperty("annotators").split(","));
        if (split && annotators.containsAll(SENTIMENT_ANNOTATORS)) {
            Properties first = copy(properties);
            List<String> before = new ArrayList<>(annotators);
            before.removeAll(SENTIMENT_ANNOTATORS);
            first.setProperty("annotators", String.join(",", before));
            Properties second = copy(properties);
            second.setProperty("annotators", String.join(",", SENTIMENT_ANNOTATORS));
            // the second pipeline reads tokens and tags the first one made on the same sentences
            second.setProperty("enforceRequirements", "false");
            this.base = new StanfordCoreNLP(first);
            this.sentiment = new StanfordCoreNLP(second);
        } else {
            this.base = new StanfordCoreNLP(properties);
            this.sentiment = null;
        }
    }

    /** Annotates the document; when split, parses and scores only the sentences {@code wanted} accepts. */
    void annotate(Annotation doc, Predicate<CoreMap> wanted) {
        base.annotate(doc);
        if (sentiment == null) {
            return;
        }
        List<CoreMap> chosen = new ArrayList<>();
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (wanted.test(s)) {
                chosen.add(s);
                tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
            }
        }
        if (chosen.isEmpty()) {
            return;
        }
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentiment.annotate(part);
    }

    private static Properties copy(Properties p) {
        Properties c = new Properties();
        c.putAll(p);
        return c;
    }
}
