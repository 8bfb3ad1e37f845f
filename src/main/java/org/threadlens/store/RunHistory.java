package org.threadlens.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.threadlens.json.JsonLimits;

/** Reads the runs back, oldest first, for {@code stats} and for the provenance that travels with exports. */
final class RunHistory {
    private static final String ISO = "'%Y-%m-%dT%H:%M:%SZ'";
    private static final TypeReference<TreeMap<String, Long>> COUNTS = new TypeReference<>() {
    };

    private RunHistory() {
    }

    /**
     * @param noWriter true when no process can be writing the file (it was opened read-only, which DuckDB
     *                 refuses while a writer holds it): a run still marked running is then reported interrupted
     */
    static List<RunInfo> list(Connection c, boolean noWriter) throws SQLException {
        Map<Integer, List<RunStart.Input>> inputs = inputs(c);
        Map<Integer, List<RunStart.Model>> models = models(c);
        Map<Integer, List<RunInfo.Engine>> engines = engines(c);
        List<RunInfo> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT run_id, status, strftime(started_at, " + ISO + "), "
                + "strftime(ended_at, " + ISO + "), command, threadlens, corenlp, opennlp, java, engine, layers, settings, "
                + "settings_hash, coalesce(threads_read, 0), coalesce(threads_skipped, 0), coalesce(threads_annotated, 0), "
                + "coalesce(comments_read, 0), coalesce(comments_annotated, 0), coalesce(records_skipped, 0), "
                + "coalesce(inputs_failed, 0), coalesce(annotation_failures, 0), message, "
                + "(SELECT count(*) FROM threads t WHERE t.run_id = runs.run_id), reannotated FROM runs ORDER BY run_id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                int id = rs.getInt(1);
                RunStatus status = RunStatus.fromWireName(rs.getString(2));
                if (status == RunStatus.RUNNING && noWriter) {
                    status = RunStatus.INTERRUPTED;
                }
                RunCounts counts = new RunCounts(rs.getLong(14), rs.getLong(15), rs.getLong(16), rs.getLong(17),
                        rs.getLong(18), rs.getLong(19), rs.getInt(20), rs.getLong(21), counts(rs.getString(24)));
                out.add(new RunInfo(id, status, rs.getString(3), rs.getString(4), rs.getString(5),
                        new RunStart.Versions(rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                        rs.getString(10), strings(rs.getArray(11)), rs.getString(12), rs.getString(13), counts,
                        rs.getString(22), inputs.getOrDefault(id, List.of()), models.getOrDefault(id, List.of()),
                        engines.getOrDefault(id, List.of()), rs.getLong(23)));
            }
        }
        return out;
    }

    private static Map<Integer, List<RunStart.Input>> inputs(Connection c) throws SQLException {
        Map<Integer, List<RunStart.Input>> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT run_id, path, size, sha256 FROM run_inputs ORDER BY run_id, position");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                        .add(new RunStart.Input(rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4)));
            }
        }
        return out;
    }

    private static Map<Integer, List<RunStart.Model>> models(Connection c) throws SQLException {
        Map<Integer, List<RunStart.Model>> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT run_id, model, coordinates, sha256, checksum, used_for "
                + "FROM run_models ORDER BY run_id, rowid");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new RunStart.Model(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        return out;
    }

    private static Map<Integer, List<RunInfo.Engine>> engines(Connection c) throws SQLException {
        Map<Integer, List<RunInfo.Engine>> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT run_id, layers, engine, version, annotators, config_hash, "
                + "properties FROM run_engines ORDER BY run_id, rowid");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new RunInfo.Engine(strings(rs.getArray(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return out;
    }

    /** A JSON object of counts ({@code runs.reannotated}); null or unreadable gives none. */
    private static SortedMap<String, Long> counts(String json) {
        try {
            SortedMap<String, Long> counts = json == null ? null : JsonLimits.MAPPER.readValue(json, COUNTS);
            return counts == null ? new TreeMap<>() : counts;
        } catch (IOException e) {
            return new TreeMap<>();
        }
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(String.valueOf(o));
        }
        return out;
    }
}
