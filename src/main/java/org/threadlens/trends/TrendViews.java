package org.threadlens.trends;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.StoreException;

/**
 * Reads the store's trend views ({@code mood_trends}, {@code entity_trends}, {@code entity_changes}) for a
 * {@link TrendQuery}: the figures come from the same SQL a DuckDB user runs, filtered, never recomputed here.
 * Not thread-safe (the store is not).
 */
public final class TrendViews {
    private static final String ESTIMATE = "%1$s, %1$s_low, %1$s_high";
    private final CorpusStore store;

    public TrendViews(CorpusStore store) {
        this.store = store;
    }

    /** The trends a query asks for. @throws TrendException for a community or entity the store does not hold */
    public Trends query(TrendQuery q) throws StoreException, TrendException {
        return query(q, TimeSpan.of(store));
    }

    /** {@link #query(TrendQuery)} with the store's time span already known (a scan of every text). */
    private Trends query(TrendQuery q, TimeSpan span) throws StoreException, TrendException {
        List<String> communities = new ArrayList<>();
        for (String c : q.communities()) {
            String stored = Communities.resolve(store, c);
            if (!communities.contains(stored)) {
                communities.add(stored);
            }
        }
        List<String> keys = q.entities().isEmpty() ? topKeys(q, communities) : EntityNames.resolve(store, q.entities());
        return new Trends(q, communities.isEmpty() ? List.of("*") : communities, mood(q, communities),
                series(q, communities, keys), span);
    }

    /**
     * The report's corpus page: a {@link Period#readableFor readable} period for the store's time range, mood
     * for every community together and the {@code communities} largest (when there are several), the {@code
     * entities} most mentioned, and the {@code changes} surest changes each of sentiment and of share.
     */
    public CorpusOverview overview(int communities, int entities, int changes) throws StoreException, TrendException {
        TimeSpan span = TimeSpan.of(store);
        Period period = span.first() == null ? Period.MONTH
                : Period.readableFor(java.time.Duration.between(span.first(), span.last()));
        List<String> largest = store.select("SELECT community FROM text_times WHERE community <> '' GROUP BY community "
                + "ORDER BY count(*) DESC, community LIMIT ?", List.of(communities + 1), rs -> rs.getString(1));
        List<String> shown = largest.size() > 1 ? largest.subList(0, Math.min(communities, largest.size())) : List.of();
        Trends mood = query(new TrendQuery(period, List.of(), List.of(), null, null, 0), span);
        if (!shown.isEmpty()) {
            Trends each = query(new TrendQuery(period, shown, List.of(), null, null, 0), span);
            List<MoodCell> all = new ArrayList<>(mood.mood());
            all.addAll(each.mood());
            List<String> names = new ArrayList<>(mood.communities());
            names.addAll(each.communities());
            mood = new Trends(mood.query(), names, all, List.of(), span);
        }
        Trends top = query(new TrendQuery(period, List.of(), List.of(), null, null, entities), span);
        List<MoodCell> whole = query(new TrendQuery(Period.ALL, List.of(), List.of(), null, null, 0), span).mood();
        long threads = store.select("SELECT count(*) FROM threads", List.of(), rs -> rs.getLong(1)).get(0);
        return new CorpusOverview(threads, whole.isEmpty() ? null : whole.get(0), mood, top,
                changes("*", false, changes), changes("*", true, changes));
    }

    private List<MoodCell> mood(TrendQuery q, List<String> communities) throws StoreException {
        Filter f = new Filter(q, communities, true);
        return store.select("SELECT period, community, threads, texts, scored, too_few, " + estimates("score", "negative",
                "neutral", "positive") + " FROM mood_trends" + f.where() + " ORDER BY community, period", f.params,
                rs -> new MoodCell(date(rs, 1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getBoolean(6), estimate(rs, 7), estimate(rs, 10), estimate(rs, 13), estimate(rs, 16)));
    }

    private List<String> topKeys(TrendQuery q, List<String> communities) throws StoreException {
        if (q.top() == 0) {
            return List.of();
        }
        // the raw mentions, not entity_trends: counting them needs no interval
        Filter f = new Filter(q, communities, false);
        List<Object> params = new ArrayList<>(f.params);
        params.add(q.top());
        return store.select("SELECT entity_key FROM mention_periods" + f.where() + " GROUP BY entity_key "
                + "ORDER BY count(*) DESC, entity_key LIMIT ?", params, rs -> rs.getString(1));
    }

    private List<EntitySeries> series(TrendQuery q, List<String> communities, List<String> keys) throws StoreException {
        if (keys.isEmpty()) {
            return List.of();
        }
        Filter f = new Filter(q, communities, true);
        List<Object> params = new ArrayList<>(f.params);
        params.addAll(keys);
        Map<String, List<EntityCell>> cells = new LinkedHashMap<>();
        Map<String, EntitySeries> named = new LinkedHashMap<>();
        store.select("SELECT entity_key, name, type, link, period, community, threads, texts, mentions, authors, "
                + String.format(ESTIMATE, "share") + ", scored, too_few, " + String.format(ESTIMATE, "score")
                + " FROM entity_trends" + f.where() + " AND entity_key IN (" + marks(keys.size()) + ")"
                + " ORDER BY entity_key, community, period", params, rs -> {
                    String key = rs.getString(1);
                    named.putIfAbsent(key, new EntitySeries(key, rs.getString(2), rs.getString(3), rs.getString(4), List.of()));
                    cells.computeIfAbsent(key, k -> new ArrayList<>()).add(new EntityCell(date(rs, 5), rs.getString(6),
                            rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), estimate(rs, 11), rs.getLong(14),
                            rs.getBoolean(15), estimate(rs, 16)));
                    return key;
                });
        List<EntitySeries> out = new ArrayList<>();
        for (String key : keys) {
            EntitySeries s = named.get(key);
            if (s != null) {
                out.add(new EntitySeries(key, s.name(), s.type(), s.link(), cells.get(key)));
            }
        }
        return out;
    }

    /**
     * The {@code limit} entities of {@code community} ({@code *}: all together) whose sentiment (or, with
     * {@code byShare}, share of texts) changed most surely from the first half of the time range to the second:
     * ordered by the least change their interval allows, then by the change itself.
     */
    public List<EntityChange> changes(String community, boolean byShare, int limit) throws StoreException {
        String by = byShare ? "share_change" : "score_change";
        return store.select("SELECT community, entity_key, name, type, link, first_mentions, second_mentions, "
                + "first_share, second_share, share_change, share_change_low, share_change_high, "
                + "first_score, second_score, score_change, score_change_low, score_change_high FROM entity_changes "
                + "WHERE community = ? AND " + by + " IS NOT NULL ORDER BY " + by + "_min DESC NULLS LAST, abs(" + by
                + ") DESC, entity_key LIMIT ?", List.of(community, limit), rs -> new EntityChange(rs.getString(1),
                new EntitySeries(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), List.of()),
                rs.getLong(6), rs.getLong(7), rs.getDouble(8), rs.getDouble(9), estimate(rs, 10),
                (Double) rs.getObject(13), (Double) rs.getObject(14), estimate(rs, 15)));
    }

    private static String estimates(String... names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(String.format(ESTIMATE, n));
        }
        return String.join(", ", out);
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return LocalDate.parse(rs.getString(column));
    }

    private static Estimate estimate(ResultSet rs, int column) throws SQLException {
        return new Estimate((Double) rs.getObject(column), (Double) rs.getObject(column + 1),
                (Double) rs.getObject(column + 2));
    }

    /**
     * The WHERE clause of a query's unit, communities and periods, and its parameters. No community named means
     * the views' {@code *} rows ({@code pooledRows}), or no condition on a view of single texts.
     */
    private static final class Filter {
        final List<Object> params = new ArrayList<>();
        private final String sql;

        Filter(TrendQuery q, List<String> communities, boolean pooledRows) {
            StringBuilder b = new StringBuilder(" WHERE unit = ?");
            params.add(q.period().wireName());
            List<String> keys = communities.isEmpty() && pooledRows ? List.of("*") : communities;
            if (!keys.isEmpty()) {
                b.append(" AND community IN (").append(marks(keys.size())).append(')');
                params.addAll(keys);
            }
            PeriodBounds bounds = new PeriodBounds(q.period(), q.since(), q.until());
            b.append(bounds.sql());
            params.addAll(bounds.params());
            sql = b.toString();
        }

        String where() {
            return sql;
        }
    }
}
