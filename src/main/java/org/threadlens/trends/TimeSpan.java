package org.threadlens.trends;

import java.time.Instant;
import java.util.List;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.StoreException;

/**
 * The store's time range and the texts the trends cannot place in it.
 *
 * @param first    nullable: the earliest text's time (null: no text has one)
 * @param last     nullable: the latest
 * @param texts    every stored text (posts and comments)
 * @param untimed  texts without a time, their own or their thread's: counted nowhere in the trends
 */
public record TimeSpan(Instant first, Instant last, long texts, long untimed) {
    static TimeSpan of(CorpusStore store) throws StoreException {
        return store.select("SELECT min(coalesce(c.created_utc, t.created_utc)), max(coalesce(c.created_utc, t.created_utc)), "
                + "count(*), count(*) FILTER (WHERE coalesce(c.created_utc, t.created_utc) IS NULL) "
                + "FROM comments c JOIN threads t USING (thread_key)", List.of(), rs -> new TimeSpan(
                instant(rs.getObject(1)), instant(rs.getObject(2)), rs.getLong(3), rs.getLong(4))).get(0);
    }

    private static Instant instant(Object epochSeconds) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(((Number) epochSeconds).longValue());
    }
}
