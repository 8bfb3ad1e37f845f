package org.threadlens.entity.link;

/**
 * Linear probing over a mapped table of fixed-size slots whose first 8 bytes are a {@link SurfaceHash} (0 = empty).
 * A table is kept at most two-thirds full, so a probe for a stored hash reads about 2 slots and one for an absent
 * hash about 5, mostly in one or two cache lines. Thread-safety is the {@link MappedFile}'s.
 */
final class HashSlots {
    private final MappedFile file;
    private final long slots;
    private final int slotBytes;

    HashSlots(MappedFile file, long slots, int slotBytes) {
        if (file.size() != slots * slotBytes) {
            throw new IllegalArgumentException("a table of " + slots + " slots of " + slotBytes + " bytes needs "
                    + slots * slotBytes + " bytes, not " + file.size());
        }
        this.file = file;
        this.slots = slots;
        this.slotBytes = slotBytes;
    }

    /** Slots for {@code entries} entries at a load of at most two-thirds. */
    static long slotsFor(long entries) {
        return Math.max(16, entries + entries / 2 + 1);
    }

    /** The byte position of the slot holding {@code hash}, or -1 if it is absent. */
    long find(long hash) {
        long position = probe(hash);
        return file.getLong(position) == hash ? position : -1;
    }

    /**
     * Claims a slot for {@code hash}, writing the hash: the byte position of its slot, or -1 if it was already
     * there. The caller keeps the table under full (see {@link #slotsFor}).
     */
    long claim(long hash) {
        long position = probe(hash);
        if (file.getLong(position) == hash) {
            return -1;
        }
        file.putLong(position, hash);
        return position;
    }

    /**
     * Linear probing from the hash's home slot: the position of the slot holding it, or of the empty slot it
     * would take.
     */
    private long probe(long hash) {
        long slot = SurfaceHash.slot(hash, slots);
        while (true) {
            long position = slot * slotBytes;
            long stored = file.getLong(position);
            if (stored == hash || stored == 0) {
                return position;
            }
            slot = slot + 1 == slots ? 0 : slot + 1;
        }
    }

    MappedFile file() {
        return file;
    }
}
