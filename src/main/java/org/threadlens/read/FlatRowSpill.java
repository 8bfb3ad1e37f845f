package org.threadlens.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.io.file.PathUtils;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.threadlens.thread.CommentFlag;

/**
 * The disk side of {@link ThreadGrouper}: a temporary DuckDB file in its own directory under the work
 * directory, filled through the JDBC appender and read back sorted by (first record of the thread, record).
 * DuckDB keeps at most {@link #MEMORY_LIMIT} in memory and sorts larger inputs out of core in the same
 * directory; results are streamed, so reading holds one thread at a time. Not thread-safe.
 */
final class FlatRowSpill implements AutoCloseable {
    /** DuckDB's memory limit for the spill; beyond it DuckDB writes temporary files. */
    static final String MEMORY_LIMIT = "256MB";

    private static final String READ_SQL = """
            WITH firsts AS (SELECT thread, min(seq) AS first FROM rows GROUP BY thread),
                 info AS (SELECT thread,
                            arg_min(title, seq) FILTER (WHERE title IS NOT NULL) AS title,
                            arg_min(community, seq) FILTER (WHERE community IS NOT NULL) AS community,
                            arg_min(platform, seq) FILTER (WHERE platform IS NOT NULL) AS platform,
                            arg_min(url, seq) FILTER (WHERE url IS NOT NULL) AS url,
                            arg_min(declared, seq) FILTER (WHERE declared IS NOT NULL) AS declared
                          FROM infos GROUP BY thread)
            SELECT r.thread, r.id, r.parent, r.author, r.score, r.created, r.text, r.file, r.line,
                   i.title, i.community, i.platform, i.url, i.declared, r.flags
            FROM rows r JOIN firsts f ON r.thread = f.thread LEFT JOIN info i ON r.thread = i.thread
            ORDER BY f.first, r.seq""";

    private final Path dir;
    private final Connection connection;
    private final DuckDBAppender rows;
    private final DuckDBAppender infos;
    private final Map<String, Integer> fileIds = new HashMap<>();
    private final List<String> files = new ArrayList<>();
    private long seq;
    private Statement query;
    private ResultSet results;
    private boolean hasRow;

    private FlatRowSpill(Path dir, Connection connection) throws SQLException {
        this.dir = dir;
        this.connection = connection;
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        this.rows = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "rows");
        this.infos = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "infos");
    }

    /** Creates the spill in a new directory under {@code workDir}. */
    static FlatRowSpill create(Path workDir) throws IOException {
        Path dir = Files.createTempDirectory(workDir, "threadlens-spill-");
        Connection c = null;
        try {
            Properties p = new Properties();
            p.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
            c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("rows.duckdb").toAbsolutePath(), p);
            try (Statement s = c.createStatement()) {
                s.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
                String tmp = dir.resolve("tmp").toAbsolutePath().toString().replace("'", "''");
                s.execute("SET temp_directory = '" + tmp + "'");
                s.execute("SET preserve_insertion_order = false");
                s.execute("CREATE TABLE rows (seq BIGINT, thread VARCHAR, id VARCHAR, parent VARCHAR, author VARCHAR, "
                        + "score INTEGER, created BIGINT, text VARCHAR, file INTEGER, line BIGINT, flags VARCHAR)");
                s.execute("CREATE TABLE infos (seq BIGINT, thread VARCHAR, title VARCHAR, community VARCHAR, "
                        + "platform VARCHAR, url VARCHAR, declared INTEGER)");
            }
            return new FlatRowSpill(dir, c);
        } catch (SQLException e) {
            closeQuietly(c);
            PathUtils.delete(dir);
            throw new IOException("cannot spill records to disk in " + workDir + ": " + e.getMessage(), e);
        }
    }

    void add(FlatComment c) throws IOException {
        try {
            rows.beginRow().append(seq++).append(c.thread()).append(c.id());
            string(rows, c.parentId());
            string(rows, c.author());
            if (c.score() == null) {
                rows.appendNull();
            } else {
                rows.append(c.score().intValue());
            }
            if (c.createdUtc() == null) {
                rows.appendNull();
            } else {
                rows.append(c.createdUtc().longValue());
            }
            rows.append(c.text()).append(fileId(c.file())).append(c.line());
            string(rows, c.flags().isEmpty() ? null
                    : c.flags().stream().map(CommentFlag::wireName).sorted().collect(Collectors.joining(",")));
            rows.endRow();
        } catch (SQLException e) {
            throw new IOException("cannot write the spill file in " + dir + ": " + e.getMessage(), e);
        }
    }

    void addInfo(String thread, FlatThreadInfo info) throws IOException {
        try {
            infos.beginRow().append(seq++).append(thread);
            string(infos, info.title());
            string(infos, info.community());
            string(infos, info.platform());
            string(infos, info.url());
            if (info.declaredCommentCount() == null) {
                infos.appendNull();
            } else {
                infos.append(info.declaredCommentCount().intValue());
            }
            infos.endRow();
        } catch (SQLException e) {
            throw new IOException("cannot write the spill file in " + dir + ": " + e.getMessage(), e);
        }
    }

    void startReading() throws IOException {
        try {
            rows.close();
            infos.close();
            query = connection.createStatement();
            results = query.executeQuery(READ_SQL);
            hasRow = results.next();
        } catch (SQLException e) {
            throw new IOException("cannot sort the spilled records in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The next thread, or null after the last. */
    ThreadGrouper.Group next() throws IOException {
        if (!hasRow) {
            return null;
        }
        try {
            String thread = results.getString(1);
            FlatThreadInfo info = new FlatThreadInfo(results.getString(10), results.getString(11), results.getString(12),
                    results.getString(13), integer(results, 14));
            List<FlatComment> comments = new ArrayList<>();
            do {
                Long created = results.getLong(6);
                if (results.wasNull()) {
                    created = null;
                }
                comments.add(new FlatComment(files.get(results.getInt(8)), results.getLong(9), thread, results.getString(2),
                        results.getString(3), results.getString(4), integer(results, 5), created, results.getString(7),
                        flags(results.getString(15))));
                hasRow = results.next();
            } while (hasRow && thread.equals(results.getString(1)));
            return new ThreadGrouper.Group(thread, info, comments);
        } catch (SQLException e) {
            throw new IOException("cannot read the spilled records in " + dir + ": " + e.getMessage(), e);
        }
    }

    private int fileId(String file) {
        return fileIds.computeIfAbsent(file, f -> {
            files.add(f);
            return files.size() - 1;
        });
    }

    private static void string(DuckDBAppender a, String value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    @Override
    public void close() throws IOException {
        try {
            if (results != null) {
                results.close();
            }
            if (query != null) {
                query.close();
            }
            if (!rows.isClosed()) {
                rows.close();
            }
            if (!infos.isClosed()) {
                infos.close();
            }
        } catch (SQLException e) {
            // closing anyway; the directory is removed below
        } finally {
            closeQuietly(connection);
            PathUtils.delete(dir);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // nothing left to do with a connection that cannot close
            }
        }
    }

    private static Set<CommentFlag> flags(String joined) {
        if (joined == null) {
            return Set.of();
        }
        Set<CommentFlag> out = EnumSet.noneOf(CommentFlag.class);
        for (String name : joined.split(",")) {
            out.add(CommentFlag.fromWireName(name));
        }
        return out;
    }
}
