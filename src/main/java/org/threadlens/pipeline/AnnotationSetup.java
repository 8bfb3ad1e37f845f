package org.threadlens.pipeline;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.CommentAnnotatorProvider;
import org.threadlens.annotate.LanguageCheck;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.annotate.opennlp.OpenNlpLanguageDetector;
import org.threadlens.sentiment.SentimentScorers;
import org.threadlens.spi.Extensions;
import org.threadlens.spi.UnknownExtensionException;
import org.threadlens.text.MarkupStyle;

/**
 * How comments are annotated, as plain values: the engine by name with its layers and settings, and how
 * texts are prepared. The command line makes one from its options; a distributed job ships it to its workers
 * (it is {@link Serializable}), and every place that {@link #openEngine opens} it gets the same engine and
 * {@link #options() options}, so the same annotations. Immutable and thread-safe.
 *
 * @param engine     the engine's name ({@code corenlp}, {@code opennlp})
 * @param layers     the layers asked for, a subset of what the engine supports
 * @param settings   engine settings over its defaults (CoreNLP properties and ThreadLens's engine switches)
 * @param markup     nullable: the markup style of every body; null chooses by platform
 * @param detectCase whether all-lowercase and all-capitals texts go to caseless models
 * @param nonEnglish nullable: what to do with texts detected as not English; null checks no language
 * @param encoder    whether the sentence-encoder second opinion scores comments the word model is unsure of
 */
public record AnnotationSetup(String engine, Set<Layer> layers, Map<String, String> settings, MarkupStyle markup,
                              boolean detectCase, LanguageCheck.Action nonEnglish, boolean encoder) implements Serializable {
    private static final long serialVersionUID = 1L;

    public AnnotationSetup {
        Objects.requireNonNull(engine, "engine");
        layers = Set.copyOf(layers);
        settings = Map.copyOf(settings);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("no annotation layer asked for");
        }
    }

    /** The engine's provider. @throws UnknownExtensionException naming the engines that exist */
    public CommentAnnotatorProvider provider() throws UnknownExtensionException {
        return Extensions.byName(CommentAnnotatorProvider.class, engine, "engine");
    }

    /**
     * Opens the engine: loads its models (seconds, and for CoreNLP GBs). The caller closes it.
     *
     * @throws IllegalStateException if the engine is not on this JVM's classpath (a deployment error: the
     *                               command line checks the name with {@link #provider()} first)
     */
    public CommentAnnotator openEngine() {
        return loadedProvider().open(layers, settings);
    }

    private CommentAnnotatorProvider loadedProvider() {
        return Extensions.find(CommentAnnotatorProvider.class, engine).orElseThrow(
                () -> new IllegalStateException("no annotation engine '" + engine + "' on the classpath: found "
                        + Extensions.names(CommentAnnotatorProvider.class)));
    }

    /** How texts are prepared and completed around the engine: markup, case, fallback and comment scorers. */
    public ThreadAnnotator.Options options() {
        return options(layers);
    }

    /** {@link #options()} for other layers of the same engine (a resumed run adds the layers a thread had). */
    public ThreadAnnotator.Options options(Set<Layer> forLayers) {
        LanguageCheck check = nonEnglish == null ? null : new LanguageCheck(OpenNlpLanguageDetector.standard(), nonEnglish);
        return SentimentScorers.options(forLayers, markup, detectCase, encoder).withLanguage(check)
                .withRefiner(EntityResolution.of(forLayers));
    }

    /** The annotator of this setup over an engine opened with {@link #openEngine()}. */
    public ThreadAnnotator annotator(CommentAnnotator openedEngine) {
        return new ThreadAnnotator(openedEngine, options());
    }

    /** An annotator of this engine and preparation for other layers: opens the engine (models load). */
    public ThreadAnnotator annotator(Set<Layer> forLayers) {
        return new ThreadAnnotator(loadedProvider().open(forLayers, settings), options(forLayers));
    }

    /**
     * The identity of this setup's settings, as the store compares them: what {@code annotate} records with each
     * thread, and what a Spark job's records carry so that {@code import} stores them alike.
     */
    public AnnotationSettings identity() {
        return AnnotationSettings.of(engine, settings, preparation());
    }

    /**
     * What the store compares as "the same settings" beside the engine's: how texts are prepared, in the
     * command line's words ({@code markup}: auto or a style; {@code detectCase}; {@code nonEnglish}: skip, flag,
     * off; {@code encoder}), so that a setup and the options that made it hash alike.
     */
    public Map<String, String> preparation() {
        return Map.of("markup", markup == null ? "auto" : markup.wireName(), "detectCase", Boolean.toString(detectCase),
                "nonEnglish", nonEnglish == null ? "off" : nonEnglish.name().toLowerCase(Locale.ROOT),
                "encoder", Boolean.toString(encoder));
    }
}
