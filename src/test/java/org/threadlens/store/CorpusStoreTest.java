package org.threadlens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.Comments;
import org.threadlens.thread.DiscussionThread;

class CorpusStoreTest {
    @TempDir
    Path dir;

    /** A thread with a title, a quote of its post, entities, a deleted reply and every scorer's sentiment. */
    static AnnotatedThread rich(String id) {
        DiscussionThread t = Comments.thread(id,
                post(id, "I think Alice liked the launch. It was great, said Bob!"),
                reply(id + "-1", id, "&gt; I think Alice liked the launch.\n\nWhat a waste of money, Carol."),
                new Comment(id + "-2", id + "-1", CommentKind.COMMENT, 1, "[deleted]", null, null, "[deleted]",
                        Set.of(CommentFlag.DELETED)),
                reply(id + "-3", id, "I read the whole report. Dave liked it."));
        return Records.annotateWithScorers(t);
    }

    private static List<AnnotatedThread> all(CorpusStore store) throws Exception {
        List<AnnotatedThread> out = new ArrayList<>();
        store.forEach(out::add);
        return out;
    }

    /** Rows through the Appender, except that adding a row to {@code failingTable} fails while {@code fail[0]}. */
    private static ThreadTables.RowsFactory failing(String failingTable, boolean[] fail) {
        return (c, table) -> {
            TableRows rows = new AppenderRows(c, table);
            return !table.equals(failingTable) ? rows : new TableRows() {
                @Override
                public void row(Object... values) throws SQLException {
                    if (fail[0]) {
                        throw new SQLException("disk full (simulated)");
                    }
                    rows.row(values);
                }

                @Override
                public void flush() throws SQLException {
                    rows.flush();
                }

                @Override
                public void close() throws SQLException {
                    rows.close();
                }
            };
        };
    }

    private Path db() {
        return dir.resolve("s.duckdb");
    }

    @Test
    void storedThreadsReadBackEqualAndInStoringOrder() throws Exception {
        AnnotatedThread a = rich("b1");
        AnnotatedThread b = Records.annotate(Comments.thread("a1", post("a1", "Second thread.")));
        try (CorpusStore store = CorpusStore.open(db())) {
            store.put(a);
            store.put(b);
            assertEquals(a, store.get("reddit", "b1").orElseThrow());
        }
        try (CorpusStore store = CorpusStore.openExisting(db())) {
            assertEquals(List.of(a, b), all(store));
        }
    }

    @Test
    void tokensKeepTheirSyntaxAndTokensWithoutItReadBackWithout() throws Exception {
        AnnotatedThread parsed = Records.withSyntax(rich("p"));
        AnnotatedThread plain = rich("q");
        try (CorpusStore store = CorpusStore.open(db())) {
            store.put(parsed);
            store.put(plain);
            assertEquals(parsed, store.get("reddit", "p").orElseThrow());
        }
        try (CorpusStore store = CorpusStore.openExisting(db())) {
            assertEquals(List.of(parsed, plain), all(store));
        }
        StoreSql sql = new StoreSql(db());
        assertEquals("I NOUN Number=Sing 0 root, think NOUN - 1 dep", sql.one("SELECT string_agg(word || ' ' || upos || ' ' "
                + "|| coalesce(feats, '-') || ' ' || head || ' ' || deprel, ', ' ORDER BY token) FROM tokens "
                + "JOIN threads USING (thread_key) WHERE thread_id = 'p' AND comment_id = 'p' AND token < 2"));
        assertEquals("0", sql.one("SELECT count(upos) + count(feats) + count(head) + count(deprel) FROM tokens "
                + "JOIN threads USING (thread_key) WHERE thread_id = 'q'"), "without syntax: NULL");
    }

    /** A text annotated though found not English ({@code --non-english flag}) keeps its language beside its tokens. */
    @Test
    void aFlaggedTextKeepsItsLanguageWhenItsTokensAreReadBack() throws Exception {
        AnnotatedThread r = rich("f");
        Map<String, TextAnnotations> comments = new LinkedHashMap<>(r.comments());
        comments.put("f-1", comments.get("f-1").withLanguage("deu"));
        AnnotatedThread flagged = new AnnotatedThread(r.thread(), r.title(), comments, r.summary(), r.provenance());
        try (CorpusStore store = CorpusStore.open(db())) {
            store.put(flagged);
            assertEquals("deu", store.get("reddit", "f").orElseThrow().comments().get("f-1").language());
            assertEquals(flagged, store.get("reddit", "f").orElseThrow());
        }
    }

    @Test
    void everyLayerIsInItsOwnTable() throws Exception {
        AnnotatedThread r = rich("t");
        try (CorpusStore store = CorpusStore.open(db())) {
            store.put(r);
        }
        int sentences = 0;
        int tokens = 0;
        int entities = 0;
        int quotes = 0;
        int scores = 0;
        List<TextAnnotations> texts = new ArrayList<>(r.comments().values());
        texts.add(r.title());
        for (TextAnnotations a : texts) {
            sentences += a.sentences().size();
            tokens += a.tokens().size();
            entities += a.entities().size();
            quotes += a.quotes().size();
            scores += a.scores().size() + (a.sentiment() == null ? 0 : 1)
                    + a.sentences().stream().mapToInt(s -> s.scores().size()).sum();
        }
        StoreSql sql = new StoreSql(db());
        assertEquals("4", sql.one("SELECT count(*) FROM comments"));
        assertEquals(sentences + " " + tokens + " " + entities + " " + quotes + " " + scores,
                sql.one("SELECT (SELECT count(*) FROM sentences) || ' ' || (SELECT count(*) FROM tokens) || ' ' || "
                        + "(SELECT count(*) FROM entities) || ' ' || (SELECT count(*) FROM quotes) || ' ' || "
                        + "(SELECT count(*) FROM sentiment_scores)"));
        assertTrue(quotes > 0 && entities > 0 && scores > 0);
        assertEquals("t", sql.one("SELECT source_id FROM quotes WHERE comment_id = 't-1'"), "the quote names its source");
        assertEquals("Alice Bob", sql.one("SELECT string_agg(text, ' ' ORDER BY entity) FROM entities WHERE comment_id = 't'"));
        assertEquals("A title", sql.one("SELECT string_agg(word, ' ' ORDER BY token) FROM tokens WHERE comment_id IS NULL"),
                "the title's layers have no comment");
        assertEquals("[deleted] 0", sql.one("SELECT flags::VARCHAR || ' ' || (SELECT count(*) FROM sentiment_scores s "
                + "WHERE s.comment_id = c.comment_id) FROM comments c WHERE comment_id = 't-2'"), "deleted: not scored");
        TextAnnotations post = r.comments().get("t");
        assertEquals(post.sentiment().label().wireName() + " " + post.sentiment().method(),
                sql.one("SELECT label || ' ' || method FROM sentiment_scores WHERE comment_id = 't' AND scorer = 'combined'"));
        assertEquals(post.sentiment().label().wireName(), sql.one("SELECT sentiment_label FROM comments WHERE comment_id = 't'"));
        assertEquals("[sentences, tokens, pos, lemmas, entities, links, sentiment]",
                sql.one("SELECT layers FROM comments WHERE comment_id = 't'"));
    }

    @Test
    void theViewsAnswerTheCommonQuestions() throws Exception {
        AnnotatedThread r = rich("t");
        try (CorpusStore store = CorpusStore.open(db())) {
            store.put(r);
        }
        StoreSql sql = new StoreSql(db());
        assertEquals("t " + r.summary().sentiment().label().wireName() + " " + r.summary().sentiment().comments(),
                sql.one("SELECT thread_id || ' ' || label || ' ' || scored_comments FROM thread_sentiment"));
        assertEquals(r.summary().entities().size() + "", sql.one("SELECT count(*) FROM entity_sentiment"));
        assertEquals("1", sql.one("SELECT mentions FROM entity_sentiment WHERE name = 'Carol'"));
        assertEquals("1", sql.one("SELECT comments FROM author_sentiment WHERE author = 'user_t-3'"));
        assertEquals("", sql.one("SELECT coalesce(string_agg(author, ','), '') FROM author_sentiment WHERE author = '[deleted]'"),
                "a deleted comment has no sentiment");
    }

    @Test
    void aResolvedMentionKeepsItsEntityLinkAndAmbiguityInTheEntitiesTable() throws Exception {
        AnnotatedThread r = Records.annotateResolved(rich("t").thread(), Map.of(
                "Alice", new Records.Resolution("Alice Liddell", "Alice_Liddell", List.of()),
                "Bob", new Records.Resolution("Bob", null, List.of("Bob Dylan", "Bob Marley"))));
        try (CorpusStore store = CorpusStore.open(db())) {
            store.put(r);
            assertEquals(r, store.get("reddit", "t").orElseThrow());
        }
        StoreSql sql = new StoreSql(db());
        assertEquals("Alice Liddell Alice_Liddell null", sql.one("SELECT entity_name || ' ' || link || ' ' || "
                + "coalesce(ambiguous::VARCHAR, 'null') FROM entities WHERE comment_id = 't' AND text = 'Alice'"));
        assertEquals("Bob null [Bob Dylan, Bob Marley]", sql.one("SELECT entity_name || ' ' || coalesce(link, 'null') "
                + "|| ' ' || ambiguous::VARCHAR FROM entities WHERE comment_id = 't' AND text = 'Bob'"));
        assertEquals("null null null", sql.one("SELECT coalesce(entity_name, 'null') || ' ' || coalesce(link, 'null') || ' ' "
                + "|| coalesce(ambiguous::VARCHAR, 'null') FROM entities WHERE text = 'Carol'"), "left unresolved");
        assertEquals("Alice Liddell Alice_Liddell 2", sql.one("SELECT name || ' ' || link || ' ' || (mentions + quoted_mentions) "
                + "FROM entity_sentiment WHERE link IS NOT NULL"));
        assertEquals(r.summary().entities().stream().map(e -> e.name() + " " + e.link()).toList().toString(),
                sql.one("SELECT list(name || ' ' || coalesce(link, 'null') ORDER BY entity)::VARCHAR FROM thread_entities"),
                "the summary's entities, in its order");
    }

    /** One thread each: three forms of one linked entity, and an unlinked name in two cases. */
    @Test
    void acrossThreadsAnEntityIsOneRowPerLinkElsePerTypeAndCaseFoldedName() throws Exception {
        Map<String, Map<String, Records.Resolution>> threads = new LinkedHashMap<>();
        threads.put("Ask Trump anything.", Map.of("Trump", linked("Trump")));
        threads.put("Ask Donald Trump anything.", Map.of("Donald", linked("Donald Trump"), "Trump", linked("Donald Trump")));
        threads.put("Ask Trump again.", Map.of("Trump", linked("trump")));
        threads.put("Ask Melania today.", Map.of("Melania", new Records.Resolution("Melania", null, List.of())));
        threads.put("Ask Melania too.", Map.of("Melania", new Records.Resolution("melania", null, List.of())));
        try (CorpusStore store = CorpusStore.open(db())) {
            int n = 0;
            for (Map.Entry<String, Map<String, Records.Resolution>> t : threads.entrySet()) {
                String id = "t" + ++n;
                store.put(Records.annotateResolved(Comments.thread(id, post(id, t.getKey())), t.getValue()));
            }
            assertEquals(List.of(
                    new CorpusEntity("Donald Trump", "PERSON", "Donald_Trump", List.of("Donald Trump", "Trump", "trump"), 3, 4),
                    new CorpusEntity("Melania", "PERSON", null, List.of("Melania", "melania"), 2, 2)),
                    store.stats().entities());
        }
        assertEquals("2", new StoreSql(db()).one("SELECT count(*) FROM corpus_entities"));
    }

    private static Records.Resolution linked(String name) {
        return new Records.Resolution(name, "Donald_Trump", List.of());
    }

    @Test
    void storingAThreadAgainReplacesAllItsRows() throws Exception {
        try (CorpusStore store = CorpusStore.open(db())) {
            store.put(rich("t"));
            AnnotatedThread second = Records.annotate(Comments.thread("t", post("t", "Second version.")));
            store.put(second);
            assertEquals(1, store.threadCount());
            assertEquals(List.of(second), all(store));
        }
        StoreSql sql = new StoreSql(db());
        assertEquals("1 1 1 0", sql.one("SELECT (SELECT count(*) FROM comments) || ' ' || "
                + "(SELECT count(*) FROM sentences WHERE comment_id IS NOT NULL) || ' ' || "
                + "(SELECT count(DISTINCT thread_key) FROM tokens) || ' ' || (SELECT count(*) FROM thread_entities)"),
                "the second version names no one");
    }

    @Test
    void storingAThreadAgainReplacesItInAStoreThatAlreadyHeldThreads() throws Exception {
        try (CorpusStore store = CorpusStore.open(db())) {
            store.put(rich("t"));
            store.put(rich("u"));
        }
        AnnotatedThread second = Records.annotate(Comments.thread("t", post("t", "Second version.")));
        try (CorpusStore store = CorpusStore.open(db())) {
            assertTrue(store.stored("reddit", "t").isPresent(), "what an earlier handle stored is looked up");
            store.put(second);
            assertEquals(2, store.threadCount());
            assertEquals(List.of(rich("u"), second), all(store));
        }
    }

    @Test
    void keysStayUniqueAndInStoringOrderAfterAFailedFirstWrite() throws Exception {
        boolean[] fail = {true};
        try (CorpusStore store = CorpusStore.open(db(), failing("tokens", fail))) {
            assertThrows(StoreException.class, () -> store.put(rich("a")));
            fail[0] = false;
            for (int i = 0; i < ThreadKeys.BLOCK + 6; i++) { // past the first block of keys
                store.put(rich("t" + i));
            }
            store.put(rich("a"));
        }
        StoreSql sql = new StoreSql(db());
        assertEquals(ThreadKeys.BLOCK + 7 + " t0 a", sql.one("SELECT count(DISTINCT thread_key) || ' ' || arg_min(thread_id, thread_key) "
                + "|| ' ' || arg_max(thread_id, thread_key) FROM threads"));
    }

    @Test
    void aThreadWhoseWriteFailsLeavesNothingAndTheNextOneIsStored() throws Exception {
        boolean[] fail = {false};
        ThreadTables.RowsFactory failingTokens = failing("tokens", fail);
        try (CorpusStore store = CorpusStore.open(db(), failingTokens)) {
            store.put(rich("a"));
            fail[0] = true;
            StoreException e = assertThrows(StoreException.class, () -> store.put(rich("b")));
            assertTrue(e.getMessage().contains("storing thread b failed: disk full (simulated)"), e.getMessage());
            fail[0] = false;
            store.put(rich("c"));
        }
        StoreSql sql = new StoreSql(db());
        assertEquals("a,c", sql.one("SELECT string_agg(thread_id, ',' ORDER BY thread_key) FROM threads"));
        assertEquals("8", sql.one("SELECT count(*) FROM comments"), "none of b's comments, though appended before the failure");
        assertEquals("2", sql.one("SELECT count(DISTINCT thread_key) FROM sentences"));
    }

    @Test
    void threadsWrittenTogetherAreStoredByOneCommitAndSeenBeforeIt() throws Exception {
        AnnotatedThread a = rich("a");
        try (CorpusStore store = CorpusStore.open(db())) {
            store.write(a, new ThreadStamp(1, "ha", "s"));
            store.write(rich("b"), new ThreadStamp(1, "hb", "s"));
            assertEquals(2, store.uncommitted());
            assertEquals("ha", store.stored("reddit", "a").orElseThrow().contentHash(), "the next run's plan sees it");
            assertEquals(a, store.get("reddit", "a").orElseThrow());
            store.commit();
            store.write(rich("c"), new ThreadStamp(1, "hc", "s"));
        }
        assertEquals("a,b", new StoreSql(db()).one("SELECT string_agg(thread_id, ',' ORDER BY thread_key) FROM threads"),
                "c was never committed");
        assertEquals("8", new StoreSql(db()).one("SELECT count(*) FROM comments"));
    }

    @Test
    void aFailedWriteTakesTheUncommittedThreadsBeforeItAlong() throws Exception {
        boolean[] fail = {false};
        ThreadTables.RowsFactory failingEntities = failing("entities", fail);
        try (CorpusStore store = CorpusStore.open(db(), failingEntities)) {
            store.write(rich("a"), new ThreadStamp(1, "ha", "s"));
            fail[0] = true;
            StoreException e = assertThrows(StoreException.class, () -> store.write(rich("b"), new ThreadStamp(1, "hb", "s")));
            assertTrue(e.getMessage().endsWith("disk full (simulated) (nor were the 1 thread written before it)"), e.getMessage());
            assertTrue(store.stored("reddit", "a").isEmpty());
        }
        assertEquals("0 0", new StoreSql(db()).one("SELECT (SELECT count(*) FROM threads) || ' ' || (SELECT count(*) FROM entities)"));
    }

    @Test
    void aRunLeftRunningByADeadProcessIsMarkedInterruptedByTheNextWriter() throws Exception {
        try (CorpusStore store = CorpusStore.open(db())) {
            int run = store.startRun(start());
            store.put(rich("a"), new ThreadStamp(run, "h", "s"));
        }
        try (CorpusStore reader = CorpusStore.openExisting(db())) {
            assertEquals(RunStatus.INTERRUPTED, reader.runs().get(0).status(), "a reader can tell: no writer holds the file");
        }
        try (CorpusStore store = CorpusStore.open(db())) {
            RunInfo run = store.runs().get(0);
            assertEquals(RunStatus.INTERRUPTED, run.status());
            assertEquals(1, run.counts().threadsAnnotated());
            assertEquals(4, run.counts().commentsAnnotated());
            assertTrue(run.endedAt() != null);
            assertTrue(run.message().contains("killed"), run.message());
        }
        assertEquals("interrupted", new StoreSql(db()).one("SELECT status FROM runs"), "and it is written down");
    }

    @Test
    void whatIsStoredOfAThreadTellsTheNextRunWhetherItIsDone() throws Exception {
        AnnotatedThread r = rich("a");
        try (CorpusStore store = CorpusStore.open(db())) {
            store.put(r, new ThreadStamp(7, ThreadFingerprint.of(r.thread()), "settings"));
            StoredThread s = store.stored("reddit", "a").orElseThrow();
            assertEquals(new StoredThread(ThreadFingerprint.of(r.thread()), "settings", Records.ALL, 7,
                    r.provenance().engine().configHash()), s);
            assertTrue(store.stored("reddit", "none").isEmpty());
            assertTrue(store.stored("hackernews", "a").isEmpty());
        }
    }

    @Test
    void aStoreOpenedToReadRefusesToWrite() throws Exception {
        CorpusStore.open(db()).close();
        try (CorpusStore store = CorpusStore.openExisting(db())) {
            StoreException e = assertThrows(StoreException.class, () -> store.put(rich("a")));
            assertTrue(e.getMessage().contains("opened to read"), e.getMessage());
        }
    }

    @Test
    void fileDigestsAreRememberedUntilTheFileChanges() throws Exception {
        Path f = Files.writeString(dir.resolve("in.txt"), "abc");
        try (CorpusStore store = CorpusStore.open(db())) {
            assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", store.sha256(f));
            Files.writeString(f, "abcd");
            assertEquals("88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589", store.sha256(f));
        }
        assertEquals("1", new StoreSql(db()).one("SELECT count(*) FROM file_digests"));
    }

    @Test
    void aMissingStoreIsNamed() {
        StoreException e = assertThrows(StoreException.class, () -> CorpusStore.openExisting(dir.resolve("none.duckdb")));
        assertTrue(e.getMessage().contains("none.duckdb"), e.getMessage());
    }

    @Test
    void aStoreInAMissingDirectoryIsExplained() {
        StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(dir.resolve("no/such/dir/s.duckdb")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void filesThatAreNotThreadLensStoresAreRefusedUntouched() throws Exception {
        new StoreSql(db()).execute("CREATE TABLE sales (x INTEGER)");
        StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(db()));
        assertTrue(e.getMessage().contains("not a ThreadLens store"), e.getMessage());
        assertEquals("sales", new StoreSql(db()).one("SELECT string_agg(table_name, ',') FROM duckdb_tables()"));

        Path text = Files.writeString(dir.resolve("notes.duckdb"), "just some notes, not a database\n".repeat(200));
        e = assertThrows(StoreException.class, () -> CorpusStore.openExisting(text));
        assertTrue(e.getMessage().startsWith(text + ": "), e.getMessage());
    }

    @Test
    void aStoreOfANewerSchemaIsRefused() throws Exception {
        CorpusStore.open(db()).close();
        int newer = StoreSchema.VERSION + 1;
        new StoreSql(db()).execute("UPDATE store_meta SET value = '" + newer + "' WHERE key = 'schema_version'");
        StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(db()));
        assertTrue(e.getMessage().contains("schema version " + newer + " was written by a newer ThreadLens"), e.getMessage());
        assertTrue(e.getMessage().endsWith("this one reads version 5 (and migrates versions 1 to 4)"), e.getMessage());
    }

    static RunStart start() {
        return new RunStart(Instant.parse("2026-01-02T10:00:00Z"), "threadlens annotate x",
                new RunStart.Versions("0.1.0", "4.5.10", "2.5.6.1", "17"), "fake", Layer.parseList("sentences"), "{}", "s",
                List.of());
    }

    @Test
    void runsKeepTheirProvenance() throws Exception {
        try (CorpusStore store = CorpusStore.open(db())) {
            int id = store.startRun(new RunStart(Instant.parse("2026-01-02T10:00:00Z"), "threadlens annotate in.txt",
                    new RunStart.Versions("0.1.0", "4.5.10", "2.5.6.1", "17"), "fake", Layer.parseList("entities"),
                    "{\"engine\":\"fake\"}", "abc", List.of(new RunStart.Input("in.txt", 3L, "ba78"),
                            new RunStart.Input("gone.txt", null, null))));
            store.recordEngine(id, Layer.parseList("entities"),
                    new org.threadlens.annotate.EngineInfo("fake", "1", "split", new java.util.TreeMap<>(java.util.Map.of("a", "b"))),
                    List.of(new RunStart.Model("m", "g:a:1", "ff", "declared", "tests")));
            store.updateRun(id, RunStatus.COMPLETED, new RunCounts(5, 1, 4, 50, 40, 2, 0, 1), null);
            RunInfo r = store.runs().get(0);
            assertEquals(RunStatus.COMPLETED, r.status());
            assertEquals("2026-01-02T10:00:00Z", r.startedAt());
            assertEquals(List.of("sentences", "tokens", "entities"), r.layers());
            assertEquals(List.of(new RunStart.Input("in.txt", 3L, "ba78"), new RunStart.Input("gone.txt", null, null)), r.inputs());
            assertEquals(List.of(new RunStart.Model("m", "g:a:1", "ff", "declared", "tests")), r.models());
            assertEquals("{\"a\":\"b\"}", r.engines().get(0).propertiesJson());
            assertEquals(new RunCounts(5, 1, 4, 50, 40, 2, 0, 1), r.counts());
            assertNull(r.message());
        }
    }
}
