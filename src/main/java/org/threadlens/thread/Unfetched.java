package org.threadlens.thread;

/**
 * Replies the source knew of but did not include: Reddit's {@code more} stubs ("load more comments").
 * Their presence means the thread is partial.
 *
 * @param stubs    how many {@code more} stubs the input held
 * @param comments how many comment ids those stubs listed (the comments not fetched)
 */
public record Unfetched(int stubs, int comments) {
    public Unfetched {
        if (stubs < 0 || comments < 0) {
            throw new IllegalArgumentException("unfetched counts must not be negative: " + stubs + ", " + comments);
        }
    }

    public Unfetched plus(Unfetched other) {
        return new Unfetched(stubs + other.stubs, comments + other.comments);
    }
}
