package org.threadlens.entity.link;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Article title hash → article id while an index is built: open addressing on the heap, doubled when half full.
 * Ids count up from 0 in the order articles are added. Single-threaded.
 */
final class ArticleIds {
    private long[] hashes = new long[1 << 10];
    private int[] ids = new int[1 << 10];
    private int size;

    int size() {
        return size;
    }

    /** The id of the article with this hash, or -1. */
    int idOf(long hash) {
        for (int slot = start(hash, hashes.length); ; slot = next(slot, hashes.length)) {
            if (hashes[slot] == hash) {
                return ids[slot];
            }
            if (hashes[slot] == 0) {
                return -1;
            }
        }
    }

    /** Adds an article not yet present and answers its id. */
    int add(long hash) {
        if (2L * (size + 1) > hashes.length) {
            grow();
        }
        put(hashes, ids, hash, size);
        return size++;
    }

    /** Calls {@code action} with every article's hash. */
    void forEachHash(LongConsumer action) {
        Arrays.stream(hashes).filter(h -> h != 0).forEach(action);
    }

    private void grow() {
        long[] newHashes = new long[hashes.length * 2];
        int[] newIds = new int[hashes.length * 2];
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] != 0) {
                put(newHashes, newIds, hashes[i], ids[i]);
            }
        }
        hashes = newHashes;
        ids = newIds;
    }

    private static void put(long[] hashes, int[] ids, long hash, int id) {
        int slot = start(hash, hashes.length);
        while (hashes[slot] != 0) {
            slot = next(slot, hashes.length);
        }
        hashes[slot] = hash;
        ids[slot] = id;
    }

    private static int start(long hash, int length) {
        return (int) SurfaceHash.slot(hash, length);
    }

    private static int next(int slot, int length) {
        return slot + 1 == length ? 0 : slot + 1;
    }
}
