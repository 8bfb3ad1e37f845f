package org.threadlens.entity.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurfaceHashTest {
    @Test
    void hashesArePinnedBecauseBuiltIndexesStoreThem() {
        String why = "a changed hash makes every built index answer nothing: bump LinkIndex.FORMAT_VERSION with it";
        assertEquals(0x1b6646ec292a099fL, SurfaceHash.of("Reddit"), why);
        assertEquals(0x25329490508fcc55L, SurfaceHash.of(""), why);
        assertEquals(0x835e98556505abb6L, SurfaceHash.of("東京"), why);
    }

    @Test
    void caseAndOrderMatter() {
        assertNotEquals(SurfaceHash.of("Trump"), SurfaceHash.of("trump"));
        assertNotEquals(SurfaceHash.of("ab"), SurfaceHash.of("ba"));
        assertNotEquals(SurfaceHash.of("a"), SurfaceHash.of("a\0"));
    }

    @Test
    void manySimilarNamesNeitherCollideNorHashToZero() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            String name = "Name " + i;
            assertTrue(seen.add(SurfaceHash.of(name)), name);
            assertTrue(seen.add(SurfaceHash.of(name.toUpperCase(Locale.ROOT))), name);
        }
        assertTrue(!seen.contains(0L));
    }

    @Test
    void slotsStayInsideTheTable() {
        for (long hash : new long[] {1, -1, Long.MIN_VALUE, Long.MAX_VALUE, SurfaceHash.of("Reddit")}) {
            for (long capacity : new long[] {1, 16, 22_066_339, Integer.MAX_VALUE}) {
                long slot = SurfaceHash.slot(hash, capacity);
                assertTrue(slot >= 0 && slot < capacity, hash + " in " + capacity + ": " + slot);
            }
        }
    }
}
