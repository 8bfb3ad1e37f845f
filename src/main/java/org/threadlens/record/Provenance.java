package org.threadlens.record;

import java.util.Objects;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;

/**
 * What produced a record's annotations.
 *
 * @param threadlens the ThreadLens version
 * @param engine     nullable: the engine and its settings; absent for structure-only records ({@code read})
 * @param layers     the layers asked for, comma-separated ({@code sentences,tokens,entities,sentiment});
 *                   empty for structure-only records
 */
public record Provenance(String threadlens, EngineInfo engine, String layers) {
    public Provenance {
        Objects.requireNonNull(threadlens, "threadlens");
        Objects.requireNonNull(layers, "layers");
    }

    /** The provenance of the records an annotator produces: its engine, settings and the engine's layers. */
    public static Provenance of(ThreadAnnotator annotator) {
        return new Provenance(BuildInfo.threadLensVersion(), annotator.info(), Layer.toList(annotator.engine().layers()));
    }

    /** The provenance of a record that holds structure only, no annotations. */
    public static Provenance structureOnly(String threadlensVersion) {
        return new Provenance(threadlensVersion, null, "");
    }
}
