package org.threadlens.entity.link;

/**
 * The 64-bit hash that stands for a surface form or an article title in the index, and the slot it starts from.
 *
 * <p>Strings are hashed as their UTF-16 chars (no encoding on the lookup path): each char is xor-ed into the state,
 * which is multiplied by an odd constant and xor-shifted. Every step is a bijection of the state for a fixed char,
 * so two strings meet only by chance, and a final avalanche (MurmurHash3's fmix64) spreads every bit over the
 * result. The seed keeps these hashes apart from any other use of the same mix.
 *
 * <p>The index keeps hashes only, never the strings, and does not check collisions. At 64 bits that is safe:
 * among the n ≈ 15M surfaces kept, the expected number of pairs sharing a hash is n²/2⁶⁵ ≈ 6·10⁻⁶, and a
 * looked-up string absent from the index hits a stored hash with probability n/2⁶⁴ ≈ 10⁻¹² per lookup.
 *
 * <p>0 marks an empty slot, so no string hashes to 0 (it becomes 1). Stateless and thread-safe.
 */
final class SurfaceHash {
    private static final long SEED = 0x5EED_7E1D_1C7A_11EDL;
    private static final long MULTIPLIER = 0x9E37_79B9_7F4A_7C15L;

    private SurfaceHash() {
    }

    /** The hash of a string's chars; never 0. */
    static long of(CharSequence s) {
        long h = SEED ^ s.length();
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * MULTIPLIER;
            h ^= h >>> 32;
        }
        h = avalanche(h);
        return h == 0 ? 1 : h;
    }

    /** The slot where a hash's probe starts in a table of {@code capacity} slots (any capacity below 2³¹). */
    static long slot(long hash, long capacity) {
        return ((hash >>> 32) * capacity) >>> 32;
    }

    private static long avalanche(long h) {
        h ^= h >>> 33;
        h *= 0xFF51_AFD7_ED55_8CCDL;
        h ^= h >>> 33;
        h *= 0xC4CE_B9FE_1A85_EC53L;
        h ^= h >>> 33;
        return h;
    }
}
