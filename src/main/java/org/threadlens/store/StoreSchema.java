package org.threadlens.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's tables. Version 1 keeps each thread's whole record (schema {@code threadlens/1}, tokens
 * included) beside the columns people filter on.
 */
final class StoreSchema {
    static final int VERSION = 1;

    private static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
        "CREATE SEQUENCE IF NOT EXISTS thread_seq START 1",
        """
        CREATE TABLE IF NOT EXISTS threads (
            platform     VARCHAR NOT NULL,
            id           VARCHAR NOT NULL,
            seq          BIGINT  NOT NULL DEFAULT nextval('thread_seq'),
            community    VARCHAR,
            title        VARCHAR,
            created_utc  BIGINT,
            comments     INTEGER NOT NULL,
            layers       VARCHAR NOT NULL,
            stored_at    TIMESTAMP NOT NULL DEFAULT current_timestamp,
            record       VARCHAR NOT NULL,
            PRIMARY KEY (platform, id)
        )""",
    };

    private StoreSchema() {
    }

    static void create(Connection c, String file) throws SQLException, StoreException {
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
            s.execute("INSERT INTO store_meta VALUES ('schema_version', '" + VERSION + "') ON CONFLICT DO NOTHING");
            try (var rs = s.executeQuery("SELECT value FROM store_meta WHERE key = 'schema_version'")) {
                rs.next();
                int found = Integer.parseInt(rs.getString(1));
                if (found != VERSION) {
                    throw new StoreException(file + ": store schema version " + found + ", this ThreadLens reads version "
                            + VERSION, null);
                }
            }
        }
    }
}
