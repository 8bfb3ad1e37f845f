package org.threadlens.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.AnnotationException;
import org.threadlens.annotate.AnnotationInput;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.TextAnnotations;

/**
 * The CoreNLP engine: one {@link StanfordCoreNLP} pipeline, shared by every calling thread.
 * Relative dates are anchored on each comment's own creation day (CoreNLP's document date).
 */
public final class CoreNlpAnnotator implements CommentAnnotator {
    private static final DateTimeFormatter DOC_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Set<Layer> layers;
    private final StanfordCoreNLP pipeline;
    private final EngineInfo info;

    CoreNlpAnnotator(Set<Layer> layers, Properties properties) {
        this.layers = Set.copyOf(layers);
        this.pipeline = new StanfordCoreNLP(properties);
        TreeMap<String, String> settings = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> settings.put(k, properties.getProperty(k)));
        this.info = new EngineInfo("corenlp", BuildInfo.coreNlpVersion(), properties.getProperty("annotators"), settings);
    }

    @Override
    public Set<Layer> layers() {
        return layers;
    }

    @Override
    public EngineInfo info() {
        return info;
    }

    @Override
    public TextAnnotations annotate(AnnotationInput input) throws AnnotationException {
        if (input.text().plain().isBlank()) {
            return TextAnnotations.empty(layers);
        }
        Annotation doc = new Annotation(input.text().plain());
        if (input.createdUtc() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class,
                    DOC_DATE.format(Instant.ofEpochSecond(input.createdUtc())));
        }
        try {
            pipeline.annotate(doc);
            return CoreNlpConverter.convert(doc, input.text(), layers);
        } catch (RuntimeException e) {
            throw new AnnotationException(input.id() + ": CoreNLP failed: " + e, e);
        }
    }

    @Override
    public void close() {
        // The pipeline holds no open resources; its models are freed with it.
    }
}
