package org.threadlens.entity.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheDirectoryTest {
    @Test
    void threadLensCacheComesFirst() {
        assertEquals(Path.of("/data/tl"), CacheDirectory.resolve(
                Map.of("THREADLENS_CACHE", "/data/tl", "XDG_CACHE_HOME", "/xdg"), "/home/ana"));
    }

    @Test
    void thenTheXdgCacheHome() {
        assertEquals(Path.of("/xdg/threadlens"), CacheDirectory.resolve(
                Map.of("THREADLENS_CACHE", " ", "XDG_CACHE_HOME", "/xdg"), "/home/ana"));
    }

    @Test
    void elseTheHomeCache() {
        assertEquals(Path.of("/home/ana/.cache/threadlens"), CacheDirectory.resolve(Map.of(), "/home/ana"));
    }
}
