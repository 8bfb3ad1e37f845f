package org.threadlens.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
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
 * The CoreNLP engine: its {@link CoreNlpStages} shared by every calling thread, and a second set with
 * CoreNLP's caseless models for texts marked caseless, built on first need (loading costs seconds).
 * Relative dates are anchored on each comment's own creation day (CoreNLP's document date). With a profile
 * that parses selectively, only sentences whose sentiment counts are parsed: of at most {@code parse.maxlen}
 * tokens, with a word, not mostly in the input's unscored stretches (quotes, code, URLs).
 */
public final class CoreNlpAnnotator implements CommentAnnotator {
    private static final DateTimeFormatter DOC_DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Set<Layer> layers;
    private final Profile profile;
    private final Properties properties;
    private final boolean caselessEnabled;
    private final int maxlen;
    private final CoreNlpStages cased;
    private final EngineInfo info;
    private volatile CoreNlpStages caseless;

    /** @param caselessEnabled whether texts marked caseless go to the caseless models */
    CoreNlpAnnotator(Set<Layer> layers, Profile profile, Properties properties, boolean caselessEnabled) {
        this.layers = Set.copyOf(layers);
        this.profile = profile;
        this.properties = properties;
        this.caselessEnabled = caselessEnabled && (layers.contains(Layer.ENTITIES) || layers.contains(Layer.SENTIMENT));
        this.maxlen = Integer.parseInt(properties.getProperty("parse.maxlen", "-1"));
        this.cased = new CoreNlpStages(properties, profile.selectiveParsing());
        TreeMap<String, String> settings = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> settings.put(k, properties.getProperty(k)));
        settings.put(CoreNlpProvider.CASELESS_SETTING, Boolean.toString(this.caselessEnabled));
        settings.put(CoreNlpProvider.PROFILE_SETTING, profile.wireName());
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

    /** Only SUTime reads the document date, and only among the numeric classifiers. */
    @Override
    public boolean dependsOnDate() {
        return properties.getProperty("annotators").contains("ner")
                && !"false".equals(properties.getProperty("ner.useSUTime"))
                && !"false".equals(properties.getProperty("ner.applyNumericClassifiers"));
    }

    public Profile profile() {
        return profile;
    }

    /** The CoreNLP properties in use (a copy). */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    @Override
    public TextAnnotations annotate(AnnotationInput input) throws AnnotationException {
        if (input.text().plain().isBlank()) {
            return TextAnnotations.empty(layers);
        }
        Annotation doc = new Annotation(input.text().plain());
        if (input.createdUtc() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, DOC_DATE.format(Instant.ofEpochSecond(input.createdUtc())));
        }
        try {
            stages(input).annotate(doc, sentence -> wantsSentiment(sentence, input));
            return CoreNlpConverter.convert(doc, input.text(), layers);
        } catch (RuntimeException e) {
            throw new AnnotationException(input.id() + ": CoreNLP failed: " + e, e);
        }
    }

    /** Whether a sentence is worth parsing for its sentiment (see the class documentation). */
    private boolean wantsSentiment(CoreMap sentence, AnnotationInput input) {
        var tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (maxlen > 0 && tokens.size() > maxlen) {
            return false;
        }
        boolean words = tokens.stream().map(CoreLabel::word).anyMatch(w -> w.codePoints().anyMatch(Character::isLetter));
        return words && !input.mostlyUnscored(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }

    private CoreNlpStages stages(AnnotationInput input) {
        if (!(input.caseless() && caselessEnabled)) {
            return cased;
        }
        CoreNlpStages s = caseless;
        if (s == null) {
            synchronized (this) {
                s = caseless;
                if (s == null) {
                    s = new CoreNlpStages(CoreNlpProperties.caseless(properties), profile.selectiveParsing());
                    caseless = s;
                }
            }
        }
        return s;
    }

    @Override
    public void close() {
        // The pipelines hold no open resources; their models are freed with them.
    }
}
