package org.threadlens.export.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.export.ExportFixtures.linked;
import static org.threadlens.export.ExportFixtures.rich;
import static org.threadlens.export.ExportFixtures.tree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.export.ExportFixtures;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.csv.CsvExporter;
import org.threadlens.export.tables.Column;
import org.threadlens.export.tables.Table;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;

/** Parquet read back with DuckDB's read_parquet (an in-memory database, nothing to install). */
class ParquetExporterTest {
    @TempDir
    Path dir;

    private static List<List<String>> query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static String file(Path out, Table t) {
        return "'" + out.resolve(t.tableName() + ".parquet") + "'";
    }

    @Test
    void everyTableHasTheCsvColumnsWithTheirTypesAndListsAsParquetLists() throws Exception {
        Path out = dir.resolve("pq");
        ExportFixtures.export(new ParquetExporter(), out, new ExportOptions(true, false), rich("t1"), rich("t2"));
        assertEquals(List.of("comments.parquet", "entities.parquet", "entity_sentiment.parquet", "provenance.json",
                "sentences.parquet", "threads.parquet", "tokens.parquet"), tree(out), "the scratch database is gone");
        for (Table t : Table.values()) {
            List<List<String>> described = query("DESCRIBE SELECT * FROM read_parquet(" + file(out, t) + ")");
            List<String> expected = t.columns().stream().map(c -> c.name() + " " + c.type().sql()).toList();
            assertEquals(expected, described.stream().map(r -> r.get(0) + " " + r.get(1)).toList(), t.tableName());
        }
        assertEquals(List.of(List.of("5")), query("SELECT len(sentiment_distribution) FROM read_parquet("
                + file(out, Table.SENTENCES) + ") WHERE comment_id = 't1-1' AND sentence = 1"));
    }

    @Test
    void theRowsAreTheCsvRows() throws Exception {
        Path pq = dir.resolve("pq");
        Path csv = dir.resolve("csv");
        AnnotatedThread parsed = Records.withSyntax(rich("t1"));
        ExportFixtures.export(new ParquetExporter(), pq, new ExportOptions(true, false), parsed, linked("t2"));
        ExportFixtures.export(new CsvExporter(), csv, new ExportOptions(true, false), parsed, linked("t2"));
        for (Table t : Table.values()) {
            String scalars = String.join(", ", t.columns().stream().filter(c -> !c.type().isList()).map(Column::name).toList());
            // the CSV read with the table's types; its list columns (JSON text) are left out of the comparison
            String types = String.join(", ", t.columns().stream()
                    .map(c -> "'" + c.name() + "': '" + (c.type().isList() ? "VARCHAR" : c.type().sql()) + "'").toList());
            List<List<String>> fromParquet = query("SELECT " + scalars + " FROM read_parquet(" + file(pq, t) + ")");
            List<List<String>> fromCsv = query("SELECT " + scalars + " FROM read_csv('" + csv.resolve(t.tableName() + ".csv")
                    + "', header = true, columns = {" + types + "})");
            assertFalse(fromParquet.isEmpty(), t.tableName());
            assertEquals(fromCsv, fromParquet, t.tableName());
        }
    }

    @Test
    void linksAreColumnsAndAmbiguityAList() throws Exception {
        Path out = dir.resolve("pq");
        ExportFixtures.export(new ParquetExporter(), out, ExportOptions.defaults(), linked("t1"));
        assertEquals(List.of(List.of("Alice", "Alice_Liddell", "https://en.wikipedia.org/wiki/Alice_Liddell", "0"),
                        List.of("Bob", "null", "null", "2")),
                query("SELECT text, coalesce(link, 'null'), coalesce(link_url, 'null'), coalesce(len(ambiguous), 0) "
                        + "FROM read_parquet(" + file(out, Table.ENTITIES) + ") WHERE comment_id = 't1' ORDER BY entity"));
        assertEquals(List.of(List.of("Alice Liddell", "Alice_Liddell")), query("SELECT name, link FROM read_parquet("
                + file(out, Table.ENTITY_SENTIMENT) + ") WHERE link IS NOT NULL"));
    }

    @Test
    void tokensCarryTheirSyntaxAndNullsWithout() throws Exception {
        Path out = dir.resolve("pq");
        ExportFixtures.export(new ParquetExporter(), out, new ExportOptions(true, false), Records.withSyntax(rich("t1")),
                rich("t2"));
        assertEquals(List.of(List.of("t1", "Launch", "NOUN", "Number=Sing", "0", "root"),
                        List.of("t2", "Launch", "NOUN", "null", "null", "null")),
                query("SELECT thread_id, word, upos, coalesce(feats, 'null'), coalesce(head::VARCHAR, 'null'), "
                        + "coalesce(deprel, 'null') FROM read_parquet(" + file(out, Table.TOKENS) + ") "
                        + "WHERE comment_id IS NULL AND token = 0 ORDER BY thread_id"));
    }

    @Test
    void textIsKeptExactly() throws Exception {
        String text = "He said \"no\",\r\nthen\tleft. 🚀 Émile";
        Path out = dir.resolve("pq");
        ExportFixtures.export(new ParquetExporter(), out, ExportOptions.defaults(), ExportFixtures.single("x1", text));
        assertEquals(List.of(List.of(text)), query("SELECT text FROM read_parquet(" + file(out, Table.COMMENTS) + ")"));
    }

    @Test
    void anAbortedExportLeavesNothing() throws Exception {
        Path out = dir.resolve("pq");
        try (ExportWriter w = new ParquetExporter().open(out.toString(), ExportOptions.defaults())) {
            w.write(rich("t1"));
        }
        assertEquals(List.of(), tree(dir));
        assertTrue(Files.notExists(out));
    }
}
