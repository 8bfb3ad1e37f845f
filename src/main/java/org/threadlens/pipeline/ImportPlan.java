package org.threadlens.pipeline;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.threadlens.annotate.Layer;
import org.threadlens.store.StoredThread;

/**
 * What {@code import} does with a record, given what the store holds of its thread: the rules of {@code annotate}'s
 * resume ({@link ResumePlan}) for records that come annotated.
 *
 * <ul>
 *   <li>Not stored: store it.</li>
 *   <li>Stored with the same content, and the record holds no layer the store lacks (a structure-only record, or
 *       the same settings and no more layers): already stored, skipped.</li>
 *   <li>Stored with the same content, structure only: the record's annotations are stored (nothing is lost).</li>
 *   <li>Stored with the same content and settings, fewer layers than the record holds: the record replaces it, as
 *       {@code annotate} adding a layer would.</li>
 *   <li>Otherwise (other content, other settings, other layers): a conflict, kept as stored, unless the user
 *       asked to replace.</li>
 * </ul>
 *
 * "The same settings": equal settings hashes where both are known; where either is unknown (records written
 * before they carried one), the same engine configuration hash (engine, version, every engine setting).
 *
 * @param action what to do
 * @param reason nullable: why a stored thread is replaced or kept in conflict; null for a new or skipped thread
 */
public record ImportPlan(Action action, String reason) {
    /** What happens to a record. */
    public enum Action {
        /** Written into the store: new there, or replacing what the store holds. */
        STORE,
        /** The store holds it already (or more of it): nothing written. */
        SKIP,
        /** The store holds another version: kept as it is, the record not written. */
        CONFLICT
    }

    public ImportPlan {
        Objects.requireNonNull(action, "action");
    }

    /**
     * @param stored       nullable: what the store holds of the thread; null when it is not stored
     * @param contentHash  the record's thread's content hash
     * @param settingsHash nullable: the record's settings hash; null when unknown
     * @param configHash   nullable: the record's engine configuration hash; null for a structure-only record
     * @param layers       the record's layers (empty for a structure-only record)
     * @param replace      whether a conflicting record replaces what is stored
     */
    public static ImportPlan of(StoredThread stored, String contentHash, String settingsHash, String configHash,
                                Set<Layer> layers, boolean replace) {
        Objects.requireNonNull(contentHash, "contentHash");
        if (stored == null) {
            return new ImportPlan(Action.STORE, null);
        }
        if (!stored.contentHash().equals(contentHash)) {
            return conflict("content differs", replace);
        }
        boolean sameSettings = stored.settingsHash() != null && settingsHash != null
                ? stored.settingsHash().equals(settingsHash) : Objects.equals(stored.configHash(), configHash);
        if (stored.layers().containsAll(layers) && (layers.isEmpty() || sameSettings)) {
            return new ImportPlan(Action.SKIP, null);
        }
        if (stored.layers().isEmpty()) {
            return new ImportPlan(Action.STORE, "was structure only");
        }
        if (!sameSettings) {
            return conflict("other settings", replace);
        }
        if (layers.containsAll(stored.layers())) {
            EnumSet<Layer> lacked = EnumSet.copyOf(layers);
            lacked.removeAll(stored.layers());
            return new ImportPlan(Action.STORE, "lacked " + Layer.toList(lacked));
        }
        return conflict("other layers", replace);
    }

    private static ImportPlan conflict(String why, boolean replace) {
        return replace ? new ImportPlan(Action.STORE, why + ", replaced") : new ImportPlan(Action.CONFLICT, why);
    }
}
