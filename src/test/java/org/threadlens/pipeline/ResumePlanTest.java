package org.threadlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Layer;
import org.threadlens.store.StoredThread;

/** What a run does with a thread, by what the store holds of it. */
class ResumePlanTest {
    private static final Set<Layer> SENTENCES = Layer.parseList("sentences");
    private static final Set<Layer> ENTITIES = Layer.parseList("entities");
    private static final Set<Layer> ALL = Layer.parseList("entities,sentiment");

    private static StoredThread stored(String content, String settings, Set<Layer> layers) {
        return new StoredThread(content, settings, layers, 1, null);
    }

    private static void assertPlan(String expected, StoredThread stored, Set<Layer> asked) {
        ResumePlan p = ResumePlan.of(stored, "c1", "s1", asked, false);
        assertEquals(expected, p.skip() ? "skip" : "annotate " + Layer.toList(p.layers())
                + (p.reason() == null ? "" : " (" + p.reason() + ")"));
    }

    @Test
    void aNewThreadIsAnnotatedWithTheLayersAskedFor() {
        assertPlan("annotate sentences,tokens,entities", null, ENTITIES);
    }

    @Test
    void aThreadStoredWithTheSameContentSettingsAndLayersIsSkipped() {
        assertPlan("skip", stored("c1", "s1", ENTITIES), ENTITIES);
    }

    @Test
    void moreLayersThanAskedForIsDone() {
        assertPlan("skip", stored("c1", "s1", ALL), SENTENCES);
    }

    @Test
    void aMissingLayerAnnotatesTheWholeThreadAgain() {
        assertPlan("annotate sentences,tokens,entities,sentiment (lacked entities,sentiment)", stored("c1", "s1", SENTENCES), ALL);
    }

    @Test
    void layersAlreadyStoredAreKeptWhenAnnotatingAgain() {
        assertPlan("annotate sentences,tokens,entities,sentiment (lacked sentiment)", stored("c1", "s1", ENTITIES),
                Layer.parseList("sentiment"));
        assertPlan("annotate sentences,tokens,entities (other settings)", stored("c1", "s0", ENTITIES), SENTENCES);
    }

    @Test
    void changedContentOrUnknownSettingsAreAnnotatedAgain() {
        assertPlan("annotate sentences,tokens,entities (content changed)", stored("c0", "s1", ENTITIES), ENTITIES);
        assertPlan("annotate sentences,tokens,entities (settings unknown)", stored("c1", null, ENTITIES), ENTITIES);
    }

    @Test
    void reannotateAnnotatesEvenWhatIsDone() {
        ResumePlan p = ResumePlan.of(stored("c1", "s1", ENTITIES), "c1", "s1", ENTITIES, true);
        assertEquals("--reannotate", p.reason());
    }
}
