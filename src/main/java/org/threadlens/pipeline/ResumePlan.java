package org.threadlens.pipeline;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.threadlens.annotate.Layer;
import org.threadlens.store.StoredThread;

/**
 * What a run does with a thread it read, given what the store holds of it: skip it as already done, or
 * annotate it, with which layers, and why again.
 *
 * <p>A stored thread is done when it has the same content hash, was annotated with settings of the same
 * hash, and holds every layer asked for (more is fine). Otherwise the whole thread is annotated again
 * (thread granularity: a missing layer is not added alone), with the layers asked for and those it already
 * had, so that a thread never loses a layer by being annotated again.
 *
 * @param skip   whether the thread is done
 * @param layers the layers to annotate it with (empty when skipped)
 * @param reason nullable: why a stored thread is annotated again; null for a new thread or a skipped one
 */
public record ResumePlan(boolean skip, Set<Layer> layers, String reason) {
    public ResumePlan {
        layers = Set.copyOf(layers);
    }

    /**
     * @param stored     nullable: what the store holds of the thread; null when it is not stored
     * @param reannotate whether the user asked to annotate stored threads again whatever they hold
     */
    public static ResumePlan of(StoredThread stored, String contentHash, String settingsHash, Set<Layer> requested,
                                boolean reannotate) {
        Objects.requireNonNull(contentHash, "contentHash");
        if (stored == null) {
            return new ResumePlan(false, requested, null);
        }
        EnumSet<Layer> union = EnumSet.copyOf(requested);
        union.addAll(stored.layers());
        if (reannotate) {
            return new ResumePlan(false, union, "--reannotate");
        }
        if (!stored.contentHash().equals(contentHash)) {
            return new ResumePlan(false, union, "content changed");
        }
        if (!Objects.equals(stored.settingsHash(), settingsHash) || settingsHash == null) {
            return new ResumePlan(false, union, stored.settingsHash() == null ? "settings unknown" : "other settings");
        }
        EnumSet<Layer> missing = EnumSet.copyOf(requested);
        missing.removeAll(stored.layers());
        if (!missing.isEmpty()) {
            return new ResumePlan(false, union, "lacked " + Layer.toList(missing));
        }
        return new ResumePlan(true, Set.of(), null);
    }
}
