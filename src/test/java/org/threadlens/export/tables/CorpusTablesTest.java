package org.threadlens.export.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.export.ExportFixtures.handmade;
import static org.threadlens.export.ExportFixtures.linked;
import static org.threadlens.export.ExportFixtures.rich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;
import org.threadlens.record.Records;

class CorpusTablesTest {
    /** Collects rows per table, checking each against its table's columns (count, and Java type per column type). */
    private static Map<Table, List<Object[]>> rows(AnnotatedThread r, boolean tokens) throws Exception {
        Map<Table, List<Object[]>> out = new EnumMap<>(Table.class);
        CorpusTables.rows(r, tokens, (table, values) -> {
            List<Column> columns = table.columns();
            assertEquals(columns.size(), values.length, table.tableName() + ": a value per column");
            for (int i = 0; i < values.length; i++) {
                assertTrue(fits(columns.get(i).type(), values[i]),
                        table.tableName() + "." + columns.get(i).name() + " is " + columns.get(i).type() + ": " + values[i]);
            }
            out.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
        });
        return out;
    }

    private static boolean fits(ColumnType type, Object v) {
        return v == null || switch (type) {
            case VARCHAR -> v instanceof String;
            case INTEGER -> v instanceof Integer;
            case BIGINT -> v instanceof Long;
            case DOUBLE -> v instanceof Double;
            case BOOLEAN -> v instanceof Boolean;
            case VARCHAR_LIST -> v instanceof List<?> l && l.stream().allMatch(String.class::isInstance);
            case DOUBLE_LIST -> v instanceof List<?> l && l.stream().allMatch(Double.class::isInstance);
        };
    }

    private static Object value(Object[] row, Table table, String column) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).name().equals(column)) {
                return row[i];
            }
        }
        throw new AssertionError("no column " + column + " in " + table.tableName());
    }

    @Test
    void aThreadBecomesRowsOfEveryTableWithAValueOfTheRightTypePerColumn() throws Exception {
        Map<Table, List<Object[]>> rows = rows(rich("t1"), true);
        assertEquals(1, rows.get(Table.THREADS).size());
        assertEquals(4, rows.get(Table.COMMENTS).size());
        assertEquals(1 + 2 + 2 + 2, rows.get(Table.SENTENCES).size(), "title 1, three comments 2 each, the deleted none");
        assertTrue(rows.get(Table.TOKENS).size() > 20);
        assertNotNull(rows.get(Table.ENTITIES));
        assertNotNull(rows.get(Table.ENTITY_SENTIMENT));
    }

    @Test
    void titleRowsHaveNoCommentIdAndOffsetsSliceTheirText() throws Exception {
        Map<Table, List<Object[]>> rows = rows(rich("t1"), false);
        Object[] title = rows.get(Table.SENTENCES).get(0);
        assertEquals(null, value(title, Table.SENTENCES, "comment_id"));
        assertEquals("Launch day for Alice", value(title, Table.SENTENCES, "text"));
        Object[] quoted = rows.get(Table.SENTENCES).get(3);
        assertEquals("t1-1", value(quoted, Table.SENTENCES, "comment_id"));
        assertEquals(true, value(quoted, Table.SENTENCES, "quoted"));
        assertEquals(List.of(0.05, 0.8, 0.05, 0.05, 0.05).size(),
                ((List<?>) value(rows.get(Table.SENTENCES).get(4), Table.SENTENCES, "sentiment_distribution")).size());
        assertEquals(null, rows.get(Table.TOKENS), "tokens only when asked for");
    }

    /** The row of the mention {@code text} of comment {@code commentId}. */
    private static Object[] entityRow(Map<Table, List<Object[]>> rows, String commentId, String text) {
        return rows.get(Table.ENTITIES).stream().filter(r -> commentId.equals(value(r, Table.ENTITIES, "comment_id"))
                && text.equals(value(r, Table.ENTITIES, "text"))).findFirst().orElseThrow();
    }

    private static List<Object> values(Object[] row, Table table, String... columns) {
        List<Object> out = new ArrayList<>();
        for (String c : columns) {
            out.add(value(row, table, c));
        }
        return out;
    }

    @Test
    void aMentionCarriesItsEntityLinkAndAmbiguityAndTheThreadsEntityItsLink() throws Exception {
        Map<Table, List<Object[]>> rows = rows(linked("t1"), false);
        String[] columns = {"entity_name", "link", "link_url", "ambiguous"};
        assertEquals(Arrays.asList("Alice Liddell", "Alice_Liddell", "https://en.wikipedia.org/wiki/Alice_Liddell", null),
                values(entityRow(rows, "t1", "Alice"), Table.ENTITIES, columns), "ambiguous: null where there is none");
        assertEquals(Arrays.asList("Bob", null, null, List.of("Bob Dylan", "Bob Marley")),
                values(entityRow(rows, "t1", "Bob"), Table.ENTITIES, columns));
        assertEquals(Arrays.asList(null, null, null, null),
                values(entityRow(rows, "t1-1", "Carol"), Table.ENTITIES, columns), "left unresolved");
        Object[] alice = rows.get(Table.ENTITY_SENTIMENT).stream()
                .filter(r -> "Alice Liddell".equals(value(r, Table.ENTITY_SENTIMENT, "name"))).findFirst().orElseThrow();
        assertEquals(List.of("PERSON", "Alice_Liddell", "https://en.wikipedia.org/wiki/Alice_Liddell"),
                values(alice, Table.ENTITY_SENTIMENT, "type", "link", "link_url"));
    }

    @Test
    void aTokenCarriesItsSyntaxAndWithoutItTheUniversalTagOfItsPosAlone() throws Exception {
        String[] columns = {"word", "pos", "upos", "feats", "head", "deprel"};
        List<Object[]> parsed = rows(Records.withSyntax(rich("t1")), true).get(Table.TOKENS);
        assertEquals(Arrays.asList("Launch", "NN", "NOUN", "Number=Sing", 0, "root"),
                values(parsed.get(0), Table.TOKENS, columns), "the title's first token, its sentence's root");
        assertEquals(Arrays.asList("day", "NN", "NOUN", null, 1, "dep"), values(parsed.get(1), Table.TOKENS, columns));
        List<Object[]> tagged = rows(rich("t1"), true).get(Table.TOKENS);
        assertEquals(Arrays.asList("Launch", "NN", "NOUN", null, null, null), values(tagged.get(0), Table.TOKENS, columns));
        TextAnnotations untagged = new TextAnnotations(Set.of(Layer.SENTENCES, Layer.TOKENS),
                List.of(new Sentence(0, 3, false, null)), List.of(new Token(0, 3, "Hi.", null, null, null, 0)), List.of(),
                List.of());
        assertEquals(Arrays.asList("Hi.", null, null, null, null, null),
                values(rows(handmade("h1", "Hi.", untagged), true).get(Table.TOKENS).get(0), Table.TOKENS, columns),
                "no tagger: no UPOS");
    }

    @Test
    void aStructureOnlyRecordGivesThreadAndCommentRowsOnly() throws Exception {
        AnnotatedThread r = AnnotatedThread.structureOnly(rich("s1").thread(), new Provenance("test", null, ""));
        Map<Table, List<Object[]>> rows = rows(r, true);
        assertEquals(Set.of(Table.THREADS, Table.COMMENTS), rows.keySet());
        assertEquals(List.of(), value(rows.get(Table.COMMENTS).get(0), Table.COMMENTS, "layers"));
    }

    @Test
    void everyTableButTokensIsExportedByDefault() {
        assertEquals(List.of(Table.THREADS, Table.COMMENTS, Table.SENTENCES, Table.ENTITIES, Table.ENTITY_SENTIMENT),
                Table.exported(false));
        assertEquals(Table.values().length, Table.exported(true).size());
    }
}
