package org.threadlens.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.threadlens.annotate.Layer;

/**
 * What a store holds, for {@code threadlens stats}.
 *
 * @param coverage for each layer, the comments whose annotations hold it
 * @param runs     every run, oldest first
 * @param entities the {@value #TOP_ENTITIES} entities most mentioned across threads, most first
 */
public record StoreStats(int schemaVersion, long threads, long comments, Map<Layer, Long> coverage, List<RunInfo> runs,
                         List<CorpusEntity> entities) {
    public static final int TOP_ENTITIES = 10;

    public StoreStats {
        coverage = Map.copyOf(coverage);
        runs = List.copyOf(runs);
        entities = List.copyOf(entities);
    }

    static StoreStats query(Connection c, boolean noWriter) throws SQLException {
        long threads;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM threads")) {
            rs.next();
            threads = rs.getLong(1);
        }
        StringBuilder sql = new StringBuilder("SELECT count(*)");
        for (Layer l : Layer.values()) {
            sql.append(", count(*) FILTER (WHERE list_contains(layers, '").append(l.wireName()).append("'))");
        }
        Map<Layer, Long> coverage = new EnumMap<>(Layer.class);
        long comments;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.append(" FROM comments").toString())) {
            rs.next();
            comments = rs.getLong(1);
            for (Layer l : Layer.values()) {
                coverage.put(l, rs.getLong(2 + l.ordinal()));
            }
        }
        return new StoreStats(StoreSchema.VERSION, threads, comments, coverage, RunHistory.list(c, noWriter),
                CorpusEntity.mostMentioned(c, TOP_ENTITIES));
    }
}
