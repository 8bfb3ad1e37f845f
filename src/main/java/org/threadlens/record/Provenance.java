package org.threadlens.record;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;

/**
 * What produced a record's annotations.
 *
 * @param threadlens   the ThreadLens version
 * @param engine       nullable: the engine and its settings; absent for structure-only records ({@code read})
 * @param layers       the layers asked for, comma-separated ({@code sentences,tokens,entities,sentiment});
 *                     empty for structure-only records
 * @param settingsHash nullable: the SHA-256 (64 hex digits) of the run's annotation settings, as the store compares
 *                     them (the pipeline's {@code AnnotationSettings}: engine, options, versions, own model
 *                     files), so that {@code import} stores the record as {@code annotate} would have and a later
 *                     {@code annotate} with the same settings skips it; absent in structure-only records and in
 *                     records written before the field existed (their settings are then unknown)
 */
public record Provenance(String threadlens, EngineInfo engine, String layers, String settingsHash) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Provenance {
        Objects.requireNonNull(threadlens, "threadlens");
        Objects.requireNonNull(layers, "layers");
        if (settingsHash != null && !SHA256.matcher(settingsHash).matches()) {
            throw new IllegalArgumentException("settingsHash '" + settingsHash + "': expected 64 lower-case hex digits");
        }
    }

    /** A provenance whose settings hash is unknown. */
    public Provenance(String threadlens, EngineInfo engine, String layers) {
        this(threadlens, engine, layers, null);
    }

    /** The provenance of the records an annotator produces: its engine, settings and the engine's layers. */
    public static Provenance of(ThreadAnnotator annotator) {
        return new Provenance(BuildInfo.threadLensVersion(), annotator.info(), Layer.toList(annotator.engine().layers()));
    }

    /** The provenance of a record that holds structure only, no annotations. */
    public static Provenance structureOnly(String threadlensVersion) {
        return new Provenance(threadlensVersion, null, "");
    }

    /** The layers named, exactly (none implied); empty for a structure-only record. */
    public Set<Layer> layerSet() {
        return layerSet(layers);
    }

    /**
     * The layers of a comma-separated list, exactly as named (unlike {@link Layer#parseList}, which adds the layers
     * they need): what the store records of a thread.
     *
     * @throws IllegalArgumentException naming the known layers, for an unknown name
     */
    public static Set<Layer> layerSet(String commaList) {
        EnumSet<Layer> set = EnumSet.noneOf(Layer.class);
        if (!commaList.isEmpty()) {
            for (String name : commaList.split(",")) {
                set.add(Layer.fromWireName(name));
            }
        }
        return set;
    }

    /** This provenance with the run's settings hash (nullable: unknown). */
    public Provenance withSettingsHash(String hash) {
        return new Provenance(threadlens, engine, layers, hash);
    }
}
