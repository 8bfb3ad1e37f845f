package org.threadlens.export.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.export.ExportFixtures.rich;
import static org.threadlens.export.ExportFixtures.tree;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.export.BadTargetException;
import org.threadlens.export.ExportFixtures;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.tables.Column;
import org.threadlens.export.tables.Table;
import org.threadlens.record.Records;

class CsvExporterTest {
    /** A strict RFC 4180 reader: the first record is the header, and a stray quote is an error. */
    private static final CSVFormat STRICT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @TempDir
    Path dir;

    /** Reads a table back, asserting its header is the table's columns and every record has one value per column. */
    private static List<CSVRecord> read(Path out, Table table) throws Exception {
        try (Reader r = Files.newBufferedReader(out.resolve(table.tableName() + ".csv"), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, STRICT)) {
            assertEquals(table.columns().stream().map(Column::name).toList(), p.getHeaderNames(), table.tableName());
            List<CSVRecord> records = p.getRecords();
            for (CSVRecord rec : records) {
                assertTrue(rec.isConsistent(), table.tableName() + " record " + rec.getRecordNumber());
            }
            return records;
        }
    }

    @Test
    void everyTableReadsBackWithItsHeaderAndOneValuePerColumn() throws Exception {
        Path out = dir.resolve("csv");
        ExportFixtures.export(new CsvExporter(), out, new ExportOptions(true, false), rich("t1"), rich("t2"));
        assertEquals(List.of("comments.csv", "entities.csv", "entity_sentiment.csv", "provenance.json", "sentences.csv",
                "threads.csv", "tokens.csv"), tree(out));
        assertEquals(2, read(out, Table.THREADS).size());
        assertEquals(8, read(out, Table.COMMENTS).size());
        assertEquals(14, read(out, Table.SENTENCES).size());
        assertFalse(read(out, Table.TOKENS).isEmpty());
        assertFalse(read(out, Table.ENTITIES).isEmpty());
        assertFalse(read(out, Table.ENTITY_SENTIMENT).isEmpty());
    }

    @Test
    void textsWithQuotesCommasLineBreaksAndTabsComeBackExactly() throws Exception {
        String text = "He said \"no\", twice.\r\nThen,\tquietly:\n\n\"fine\"";
        Path out = dir.resolve("csv");
        ExportFixtures.export(new CsvExporter(), out, ExportOptions.defaults(), ExportFixtures.single("q1", text));
        CSVRecord comment = read(out, Table.COMMENTS).get(0);
        assertEquals(text, comment.get("text"));
        assertEquals("q1", comment.get("comment_id"));
        assertEquals("", comment.get("parent_id"), "null is an empty field");
        String raw = Files.readString(out.resolve("threads.csv"));
        assertTrue(raw.startsWith("platform,thread_id,community,title,"), raw);
        assertTrue(raw.endsWith("\r\n"), "records end with CRLF, as RFC 4180 says");
    }

    @Test
    void listsAreJsonArraysAndNumbersAndBooleansPlain() throws Exception {
        Path out = dir.resolve("csv");
        ExportFixtures.export(new CsvExporter(), out, ExportOptions.defaults(), rich("t1"));
        ObjectMapper json = new ObjectMapper();
        CSVRecord thread = read(out, Table.THREADS).get(0);
        assertTrue(json.readTree(thread.get("layers")).toString().contains("\"entities\""), thread.get("layers"));
        assertEquals("1704067200", thread.get("created_utc"));
        List<CSVRecord> sentences = read(out, Table.SENTENCES);
        assertEquals("true", sentences.get(3).get("quoted"));
        assertEquals("It was great, said Bob!", sentences.get(2).get("text"));
        assertEquals("positive", sentences.get(2).get("sentiment_label"));
        assertEquals("3", sentences.get(2).get("sentiment_value"));
        assertEquals(0.8, json.readTree(sentences.get(2).get("sentiment_distribution")).get(3).doubleValue());
    }

    @Test
    void entitiesCarryTheirEntityLinkAndAmbiguity() throws Exception {
        Path out = dir.resolve("csv");
        ExportFixtures.export(new CsvExporter(), out, ExportOptions.defaults(), ExportFixtures.linked("t1"));
        List<String> post = read(out, Table.ENTITIES).stream().filter(r -> r.get("comment_id").equals("t1"))
                .map(r -> String.join(" | ", r.get("text"), r.get("entity_name"), r.get("link"), r.get("link_url"),
                        r.get("ambiguous"))).toList();
        assertEquals(List.of("Alice | Alice Liddell | Alice_Liddell | https://en.wikipedia.org/wiki/Alice_Liddell | ",
                "Bob | Bob |  |  | [\"Bob Dylan\",\"Bob Marley\"]"), post);
        CSVRecord alice = read(out, Table.ENTITY_SENTIMENT).get(0);
        assertEquals("Alice Liddell PERSON Alice_Liddell https://en.wikipedia.org/wiki/Alice_Liddell",
                String.join(" ", alice.get("name"), alice.get("type"), alice.get("link"), alice.get("link_url")));
    }

    @Test
    void tokensCarryTheirSyntaxAndEmptyFieldsWithout() throws Exception {
        Path out = dir.resolve("csv");
        ExportFixtures.export(new CsvExporter(), out, new ExportOptions(true, false), Records.withSyntax(rich("t1")),
                rich("t2"));
        List<String> titles = read(out, Table.TOKENS).stream()
                .filter(r -> r.get("comment_id").isEmpty() && r.get("token").equals("0"))
                .map(r -> String.join(" | ", r.get("thread_id"), r.get("word"), r.get("pos"), r.get("upos"), r.get("feats"),
                        r.get("head"), r.get("deprel"))).toList();
        assertEquals(List.of("t1 | Launch | NN | NOUN | Number=Sing | 0 | root", "t2 | Launch | NN | NOUN |  |  | "), titles,
                "with syntax, and without: UPOS from the tag alone");
    }

    @Test
    void theProvenanceIsInsideAndTokensOnlyOnRequest() throws Exception {
        Path out = dir.resolve("csv");
        try (ExportWriter w = new CsvExporter().open(out.toString(), ExportOptions.defaults())) {
            w.write(rich("t1"));
            w.provenance().orElseThrow().write("{\"schema\": \"threadlens-provenance/1\"}\n");
            w.commit();
        }
        assertEquals("{\"schema\": \"threadlens-provenance/1\"}\n", Files.readString(out.resolve("provenance.json")));
        assertFalse(Files.exists(out.resolve("tokens.csv")));
    }

    @Test
    void standardOutputCannotHoldADirectory() {
        BadTargetException e = assertThrows(BadTargetException.class,
                () -> new CsvExporter().open("-", ExportOptions.defaults()));
        assertTrue(e.getMessage().contains("--out DIR"), e.getMessage());
    }
}
