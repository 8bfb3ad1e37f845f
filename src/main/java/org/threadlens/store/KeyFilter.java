package org.threadlens.store;

/**
 * A Bloom filter of thread keys (platform and id): {@link #mightContain} is never false for a key added, and
 * true for one not added about 1% of the time up to 1.6 million keys (2 MB, seven hashes), more beyond, so
 * memory stays fixed however many threads a run stores. Not thread-safe.
 */
final class KeyFilter {
    private static final int BITS_LOG2 = 24;
    private static final int HASHES = 7;
    private final long[] bits = new long[1 << (BITS_LOG2 - 6)];

    void add(String platform, String id) {
        long h1 = hash(platform, id, 0x9E3779B97F4A7C15L);
        long h2 = hash(platform, id, 0xC2B2AE3D27D4EB4FL) | 1;
        for (int i = 0; i < HASHES; i++) {
            int bit = index(h1 + i * h2);
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    boolean mightContain(String platform, String id) {
        long h1 = hash(platform, id, 0x9E3779B97F4A7C15L);
        long h2 = hash(platform, id, 0xC2B2AE3D27D4EB4FL) | 1;
        for (int i = 0; i < HASHES; i++) {
            int bit = index(h1 + i * h2);
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static int index(long h) {
        return (int) (h >>> (64 - BITS_LOG2));
    }

    /** A 64-bit hash of the two strings (with a separator), mixed per character and finalised. */
    private static long hash(String platform, String id, long seed) {
        long h = seed;
        h = mix(h, platform);
        h = (h ^ 0x1F) * 0x100000001B3L;
        h = mix(h, id);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
            h = Long.rotateLeft(h, 23);
        }
        return h;
    }
}
