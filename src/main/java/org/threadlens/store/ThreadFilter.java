package org.threadlens.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.threadlens.thread.DiscussionThread;

/**
 * Which stored threads to read: all of them, or those matching every condition given. Applied in SQL on the
 * {@code threads} table, so that a filtered read never parses the records it leaves out.
 *
 * @param threadIds   thread ids to keep (any platform); empty: every id
 * @param communities communities to keep, compared case-insensitively (Reddit's subreddit names are); empty:
 *                    every community
 * @param sinceUtc    nullable: keep threads created at or after this time (epoch seconds)
 * @param untilUtc    nullable: keep threads created before this time (epoch seconds, exclusive)
 */
public record ThreadFilter(List<String> threadIds, List<String> communities, Long sinceUtc, Long untilUtc) {
    /** Every stored thread. */
    public static final ThreadFilter ALL = new ThreadFilter(List.of(), List.of(), null, null);

    public ThreadFilter {
        threadIds = List.copyOf(threadIds);
        communities = List.copyOf(communities);
        if (sinceUtc != null && untilUtc != null && sinceUtc >= untilUtc) {
            throw new IllegalArgumentException("the time range is empty: since " + sinceUtc + " is not before until "
                    + untilUtc);
        }
    }

    public boolean isAll() {
        return threadIds.isEmpty() && communities.isEmpty() && sinceUtc == null && untilUtc == null;
    }

    /**
     * Whether a thread passes, by the same rules as the SQL: a thread without a creation time fails any time
     * bound, one without a community fails any community condition.
     */
    public boolean test(DiscussionThread t) {
        if (!threadIds.isEmpty() && !threadIds.contains(t.id())) {
            return false;
        }
        if (!communities.isEmpty() && (t.community() == null || communities.stream()
                .noneMatch(c -> c.toLowerCase(Locale.ROOT).equals(t.community().toLowerCase(Locale.ROOT))))) {
            return false;
        }
        Long created = t.createdUtc();
        return (sinceUtc == null || created != null && created >= sinceUtc)
                && (untilUtc == null || created != null && created < untilUtc);
    }

    /** {@code WHERE ...} over the {@code threads} table (empty for all), with {@code ?} for each value. */
    String where() {
        List<String> conditions = new ArrayList<>();
        if (!threadIds.isEmpty()) {
            conditions.add("thread_id IN (" + placeholders(threadIds.size()) + ")");
        }
        if (!communities.isEmpty()) {
            conditions.add("lower(community) IN (" + placeholders(communities.size()) + ")");
        }
        if (sinceUtc != null) {
            conditions.add("created_utc >= ?");
        }
        if (untilUtc != null) {
            conditions.add("created_utc < ?");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the values of {@link #where()} from parameter {@code first} on; returns the next free index. */
    int bind(PreparedStatement s, int first) throws SQLException {
        int i = first;
        for (String id : threadIds) {
            s.setString(i++, id);
        }
        for (String c : communities) {
            s.setString(i++, c.toLowerCase(Locale.ROOT));
        }
        if (sinceUtc != null) {
            s.setLong(i++, sinceUtc);
        }
        if (untilUtc != null) {
            s.setLong(i++, untilUtc);
        }
        return i;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
