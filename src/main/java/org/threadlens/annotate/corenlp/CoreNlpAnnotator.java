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
 * The CoreNLP engine: one {@link StanfordCoreNLP} pipeline, shared by every calling thread, and a second one
 * with CoreNLP's caseless models for texts marked caseless, built on first need (loading costs seconds).
 * Relative dates are anchored on each comment's own creation day (CoreNLP's document date).
 */
public final class CoreNlpAnnotator implements CommentAnnotator {
    private static final DateTimeFormatter DOC_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Set<Layer> layers;
    private final Properties properties;
    private final boolean caselessEnabled;
    private final StanfordCoreNLP pipeline;
    private final EngineInfo info;
    private volatile StanfordCoreNLP caselessPipeline;

    /** @param caselessEnabled whether texts marked caseless go to the caseless models */
    CoreNlpAnnotator(Set<Layer> layers, Properties properties, boolean caselessEnabled) {
        this.layers = Set.copyOf(layers);
        this.properties = properties;
        this.caselessEnabled = caselessEnabled && (layers.contains(Layer.ENTITIES) || layers.contains(Layer.SENTIMENT));
        this.pipeline = new StanfordCoreNLP(properties);
        TreeMap<String, String> settings = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> settings.put(k, properties.getProperty(k)));
        settings.put("threadlens.caseless", Boolean.toString(this.caselessEnabled));
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
            (input.caseless() && caselessEnabled ? caselessPipeline() : pipeline).annotate(doc);
            return CoreNlpConverter.convert(doc, input.text(), layers);
        } catch (RuntimeException e) {
            throw new AnnotationException(input.id() + ": CoreNLP failed: " + e, e);
        }
    }

    private StanfordCoreNLP caselessPipeline() {
        StanfordCoreNLP p = caselessPipeline;
        if (p == null) {
            synchronized (this) {
                p = caselessPipeline;
                if (p == null) {
                    p = new StanfordCoreNLP(CoreNlpProperties.caseless(properties));
                    caselessPipeline = p;
                }
            }
        }
        return p;
    }

    @Override
    public void close() {
        // The pipeline holds no open resources; its models are freed with it.
    }
}
