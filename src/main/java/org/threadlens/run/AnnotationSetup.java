package org.threadlens.run;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.CommentAnnotatorProvider;
import org.threadlens.annotate.LanguageCheck;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.annotate.opennlp.OpenNlpLanguageDetector;
import org.threadlens.plugin.Extensions;
import org.threadlens.plugin.UnknownExtensionException;
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
 */
public record AnnotationSetup(String engine, Set<Layer> layers, Map<String, String> settings, MarkupStyle markup,
                              boolean detectCase, LanguageCheck.Action nonEnglish) implements Serializable {
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
        CommentAnnotatorProvider p = Extensions.find(CommentAnnotatorProvider.class, engine).orElseThrow(
                () -> new IllegalStateException("no annotation engine '" + engine + "' on the classpath: found "
                        + Extensions.names(CommentAnnotatorProvider.class)));
        return p.open(layers, settings);
    }

    /** How texts are prepared and completed around the engine: markup, case, fallback and comment scorers. */
    public ThreadAnnotator.Options options() {
        LanguageCheck check = nonEnglish == null ? null : new LanguageCheck(OpenNlpLanguageDetector.standard(), nonEnglish);
        return SentimentScorers.options(layers, markup, detectCase).withLanguage(check);
    }

    /** The annotator of this setup over an engine opened with {@link #openEngine()}. */
    public ThreadAnnotator annotator(CommentAnnotator openedEngine) {
        return new ThreadAnnotator(openedEngine, options());
    }
}
