package org.threadlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Layer;
import org.threadlens.record.Provenance;
import org.threadlens.store.StoredThread;

/** What an import does with a record, by what the store holds of its thread. */
class ImportPlanTest {
    private static final Set<Layer> NONE = Set.of();
    private static final Set<Layer> SENTENCES = Provenance.layerSet("sentences,tokens");
    private static final Set<Layer> ALL = Provenance.layerSet("sentences,tokens,entities,sentiment");

    private static StoredThread stored(String content, String settings, String config, Set<Layer> layers) {
        return new StoredThread(content, settings, layers, 1, config);
    }

    /** The plan of a record of content c1, settings s1 (or none), engine configuration e1, {@code layers}. */
    private static void assertPlan(String expected, StoredThread stored, String settings, Set<Layer> layers, boolean replace) {
        ImportPlan p = ImportPlan.of(stored, "c1", settings, layers.isEmpty() ? null : "e1", layers, replace);
        assertEquals(expected, p.action().name().toLowerCase() + (p.reason() == null ? "" : " (" + p.reason() + ")"));
    }

    private static void assertPlan(String expected, StoredThread stored, Set<Layer> layers) {
        assertPlan(expected, stored, "s1", layers, false);
    }

    @Test
    void aThreadNotStoredIsStored() {
        assertPlan("store", null, ALL);
        assertPlan("store", null, NONE);
    }

    @Test
    void theSameContentAndSettingsWithNoLayerMoreIsAlreadyStored() {
        assertPlan("skip", stored("c1", "s1", "e1", ALL), ALL);
        assertPlan("skip", stored("c1", "s1", "e1", ALL), SENTENCES);
    }

    @Test
    void aStructureOnlyRecordOfAStoredThreadIsAlreadyStored() {
        assertPlan("skip", stored("c1", "s0", "e0", ALL), null, NONE, false);
        assertPlan("skip", stored("c1", null, null, NONE), null, NONE, false);
    }

    @Test
    void annotationsOfAThreadStoredAsStructureOnlyAreStored() {
        assertPlan("store (was structure only)", stored("c1", null, null, NONE), ALL);
    }

    @Test
    void moreLayersWithTheSameSettingsReplaceWhatIsStored() {
        assertPlan("store (lacked entities,sentiment)", stored("c1", "s1", "e1", SENTENCES), ALL);
    }

    @Test
    void otherContentSettingsOrLayersAreAConflictKeptAsStored() {
        assertPlan("conflict (content differs)", stored("c0", "s1", "e1", ALL), ALL);
        assertPlan("conflict (other settings)", stored("c1", "s0", "e1", ALL), ALL);
        assertPlan("conflict (other layers)", stored("c1", "s1", "e1", Provenance.layerSet("sentences,entities")),
                Provenance.layerSet("sentences,sentiment"));
    }

    @Test
    void replaceStoresOverAConflict() {
        assertPlan("store (content differs, replaced)", stored("c0", "s1", "e1", ALL), "s1", ALL, true);
        assertPlan("store (other settings, replaced)", stored("c1", "s0", "e1", ALL), "s1", ALL, true);
        assertPlan("skip", stored("c1", "s1", "e1", ALL), "s1", ALL, true);
    }

    @Test
    void whereASettingsHashIsUnknownTheEngineConfigurationDecides() {
        assertPlan("skip", stored("c1", null, "e1", ALL), null, ALL, false);
        assertPlan("skip", stored("c1", "s0", "e1", ALL), null, ALL, false);
        assertPlan("conflict (other settings)", stored("c1", null, "e0", ALL), "s1", ALL, false);
    }
}
