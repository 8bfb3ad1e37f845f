package org.threadlens.annotate;

import java.util.Map;
import java.util.Set;
import org.threadlens.spi.Named;

/**
 * The extension point for annotation engines, found by name with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.threadlens.annotate.CommentAnnotatorProvider}) and declared in plugin.xml.
 * Providers are cheap to instantiate; all model loading happens in {@link #open}.
 */
public interface CommentAnnotatorProvider extends Named {

    /** The layers this engine can produce. */
    Set<Layer> supportedLayers();

    /** The layers produced when none are asked for: by default all it can produce. */
    default Set<Layer> defaultLayers() {
        return supportedLayers();
    }

    /**
     * Builds an engine producing {@code layers} (which must be a subset of {@link #supportedLayers()}).
     *
     * @param settings engine settings that override the engine's defaults (for CoreNLP: its properties)
     * @throws IllegalArgumentException for a layer or setting the engine does not support
     */
    CommentAnnotator open(Set<Layer> layers, Map<String, String> settings);
}
