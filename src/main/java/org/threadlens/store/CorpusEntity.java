package org.threadlens.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An entity across the threads of a store: a row of the {@code corpus_entities} view, which groups the threads'
 * entities by their Wikipedia link where they have one, else by type and case-folded name.
 *
 * @param name     the form most mentioned
 * @param type     the type most mentioned
 * @param link     nullable: the Wikipedia title the threads linked it to
 * @param names    every form the threads name it by (their summaries' names), sorted
 * @param threads  threads that mention it
 * @param mentions mentions in the authors' own words, over those threads
 */
public record CorpusEntity(String name, String type, String link, List<String> names, long threads, long mentions) {
    public CorpusEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        names = List.copyOf(names);
    }

    /** The {@code limit} most mentioned, most first (ties by name). */
    static List<CorpusEntity> mostMentioned(Connection c, int limit) throws SQLException {
        List<CorpusEntity> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name, type, link, names, threads, mentions "
                + "FROM corpus_entities ORDER BY mentions DESC, name, entity_key LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Array names = rs.getArray(4);
                    out.add(new CorpusEntity(rs.getString(1), rs.getString(2), rs.getString(3),
                            Arrays.stream((Object[]) names.getArray()).map(String::valueOf).toList(), rs.getLong(5),
                            rs.getLong(6)));
                }
            }
        }
        return out;
    }
}
