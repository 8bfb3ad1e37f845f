package org.threadlens.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelLocationsTest {
    private static final PluginManifest.MavenCoordinates KBP =
            new PluginManifest.MavenCoordinates("edu.stanford.nlp", "stanford-corenlp", "4.5.10", "models-english-kbp");

    @Test
    void theCacheIsThreadLensCacheElseTheXdgCacheElseTheHomeCache() {
        assertEquals(Path.of("/data/tl"), ModelLocations.of(Map.of("THREADLENS_CACHE", "/data/tl",
                "XDG_CACHE_HOME", "/xdg"), "/home/ada", null).cache());
        assertEquals(Path.of("/xdg/threadlens"), ModelLocations.of(Map.of("XDG_CACHE_HOME", "/xdg"), "/home/ada", null).cache());
        assertEquals(Path.of("/home/ada/.cache/threadlens"), ModelLocations.of(Map.of(), "/home/ada", null).cache());
    }

    @Test
    void aBlankVariableOrARelativeXdgCacheIsIgnored() {
        assertEquals(Path.of("/home/ada/.cache/threadlens"), ModelLocations.of(Map.of("THREADLENS_CACHE", " ",
                "XDG_CACHE_HOME", "relative/cache"), "/home/ada", null).cache());
    }

    @Test
    void anArtifactHasItsMavenFileNameInBothPlaces() {
        ModelLocations at = ModelLocations.of(Map.of("THREADLENS_CACHE", "/c"), "/home/ada", null);
        assertEquals(Path.of("/c/stanford-corenlp-4.5.10-models-english-kbp.jar"), at.inCache(KBP));
        assertEquals(Path.of("/home/ada/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/"
                + "stanford-corenlp-4.5.10-models-english-kbp.jar"), at.inMavenRepository(KBP));
        assertEquals(Path.of("/r/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models-english-kbp.jar"),
                ModelLocations.of(Map.of(), "/home/ada", "/r").inMavenRepository(KBP), "-Dmaven.repo.local");
    }
}
