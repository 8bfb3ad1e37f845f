package org.threadlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.GeneratedThreads;
import org.threadlens.annotate.FakeAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.jsonl.JsonlExporter;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadProblem;
import org.threadlens.record.ThreadRecordWriter;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunInfo;
import org.threadlens.store.RunStatus;

/** Annotated records into a store as they are: what comes back, what is skipped, what conflicts, what is refused. */
class ImportRunTest {
    private static final Set<Layer> ALL = Layer.parseList("sentences,entities,sentiment");
    private static final AnnotationSettings FAKE = settings(Map.of());

    @TempDir
    Path dir;

    private final List<String> messages = new ArrayList<>();
    private final List<FakeAnnotator> engines = new ArrayList<>();
    private final ImportListener listener = new ImportListener() {
        @Override
        public void skipped(ReadProblem problem) {
            messages.add("skipped " + problem);
        }

        @Override
        public void inputFailed(String file, String message) {
            messages.add("failed " + message);
        }

        @Override
        public void conflict(String platform, String id, String reason) {
            messages.add("conflict " + id + ": " + reason);
        }
    };

    private static AnnotationSettings settings(Map<String, String> engineSettings) {
        return new AnnotationSettings("fake", new TreeMap<>(engineSettings), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    /**
     * {@code threads} generated threads (of up to {@code comments} texts), annotated by the fake engine into JSONL, with
     * their tokens: a record without them reads back with every comment weighing one in its length-weighted mood.
     */
    private Path annotated(String name, int threads, int comments, AnnotationSettings settings) throws Exception {
        Path raw = GeneratedThreads.write(dir.resolve(name + ".txt"), threads, comments);
        Path out = dir.resolve(name + ".jsonl");
        try (ExportWriter jsonl = new JsonlExporter().open(out.toString(), new ExportOptions(true, true))) {
            new AnnotationRun(new AnnotationRun.Settings(InputSettings.of(List.of(raw.toString())), ALL,
                    ThreadAnnotator.Options.defaults(), 2, null, jsonl, new AnnotationRun.Resume(settings, false, "test")),
                    l -> new ThreadAnnotator(new FakeAnnotator(l), ThreadAnnotator.Options.defaults())).run(RunListener.NONE);
        }
        return out;
    }

    private ImportResult importInto(Path db, boolean replace, Path... inputs) throws Exception {
        try (CorpusStore store = CorpusStore.open(db)) {
            return new ImportRun(new ImportRun.Settings(java.util.Arrays.stream(inputs).map(Path::toString).toList(), store,
                    replace, false, 2, "threadlens import")).run(listener);
        }
    }

    /** The store's threads as JSONL lines, as {@code export --to jsonl --tokens} writes them. */
    private static List<String> exported(Path db) throws Exception {
        List<String> lines = new ArrayList<>();
        ThreadRecordWriter writer = new ThreadRecordWriter(true);
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            store.forEach(r -> lines.add(writer.toJson(r)));
        }
        return lines;
    }

    /** Lines equal, or a failure naming the first line and place where they differ (records are long). */
    private static void assertLines(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            String e = expected.get(i);
            String a = actual.get(i);
            int at = 0;
            while (at < Math.min(e.length(), a.length()) && e.charAt(at) == a.charAt(at)) {
                at++;
            }
            int from = Math.max(0, at - 60);
            assertEquals(e.substring(from, Math.min(e.length(), at + 60)), a.substring(from, Math.min(a.length(), at + 60)),
                    "line " + (i + 1) + " differs at char " + at);
        }
        assertEquals(expected.size(), actual.size(), "lines");
    }

    private static List<RunInfo> runs(Path db) throws Exception {
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            return store.runs();
        }
    }

    @Test
    void recordsGoInAsTheyAreAndExportGivesThemBack() throws Exception {
        Path jsonl = annotated("a", 6, 4, FAKE);
        ImportResult r = importInto(dir.resolve("s.duckdb"), false, jsonl);
        assertEquals(6, r.threadsStored());
        assertLines(Files.readAllLines(jsonl), exported(dir.resolve("s.duckdb")));
        RunInfo run = runs(dir.resolve("s.duckdb")).get(0);
        assertEquals(RunStatus.COMPLETED, run.status());
        assertEquals("import", run.engine());
        assertEquals(List.of("sentences", "tokens", "entities", "sentiment"), run.layers());
        assertEquals(FAKE.hash(), run.settingsHash(), "the settings every record carries");
        assertEquals(List.of(jsonl.toString()), run.inputs().stream().map(i -> i.path()).toList());
        assertEquals(64, run.inputs().get(0).sha256().length());
        assertEquals("fake", run.engines().get(0).engine(), "the engine the records name");
    }

    @Test
    void aSecondImportFindsEveryThreadAlreadyStored() throws Exception {
        Path jsonl = annotated("a", 6, 4, FAKE);
        importInto(dir.resolve("s.duckdb"), false, jsonl);
        ImportResult again = importInto(dir.resolve("s.duckdb"), false, jsonl);
        assertEquals(0, again.threadsStored());
        assertEquals(6, again.threadsSkipped());
        assertEquals(6, runs(dir.resolve("s.duckdb")).get(0).threadsStored(), "still the first import's threads");
    }

    @Test
    void annotateWithTheSameSettingsSkipsTheImportedThreads() throws Exception {
        Path jsonl = annotated("a", 6, 4, FAKE);
        Path db = dir.resolve("s.duckdb");
        importInto(db, false, jsonl);
        try (CorpusStore store = CorpusStore.open(db)) {
            RunResult r = new AnnotationRun(new AnnotationRun.Settings(InputSettings.of(List.of(dir.resolve("a.txt").toString())),
                    ALL, ThreadAnnotator.Options.defaults(), 2, store, null, new AnnotationRun.Resume(FAKE, false, "test")), l -> {
                        FakeAnnotator engine = new FakeAnnotator(l);
                        engines.add(engine);
                        return new ThreadAnnotator(engine, ThreadAnnotator.Options.defaults());
                    }).run(RunListener.NONE);
            assertEquals(6, r.threadsDone());
            assertEquals(0, r.threads());
        }
        assertTrue(engines.isEmpty(), "no engine was opened");
    }

    @Test
    void aThreadStoredInAnotherVersionIsAConflictKeptAsStoredUnlessReplaced() throws Exception {
        Path db = dir.resolve("s.duckdb");
        importInto(db, false, annotated("a", 3, 2, FAKE));
        List<String> before = exported(db);
        Path otherContent = annotated("b", 3, 4, FAKE);           // g2 has three comments, not one; g0 and g1 are equal
        Path otherSettings = annotated("c", 3, 2, settings(Map.of("threadlens.profile", "balanced")));

        ImportResult r = importInto(db, false, otherContent, otherSettings);
        assertEquals(2, r.threadsSkipped());
        assertEquals(4, r.conflicts());
        assertEquals(List.of("g2 (content differs)", "g0 (other settings)", "g1 (other settings)", "g2 (other settings)"),
                r.conflictIds());
        assertEquals("conflict g2: content differs", messages.get(0));
        assertLines(before, exported(db));
        assertEquals(Map.of("conflicting, kept as stored", 4L), runs(db).get(1).counts().reannotated());

        ImportResult replaced = importInto(db, true, otherContent);
        assertEquals(1, replaced.threadsStored());
        assertEquals(Map.of("content differs, replaced", 1L), replaced.replaced());
        assertEquals(Files.readAllLines(otherContent).get(2), exported(db).get(2));
    }

    @Test
    void compressedRecordsAreRead() throws Exception {
        Path jsonl = annotated("a", 4, 3, FAKE);
        Path gz = dir.resolve("a.jsonl.gz");
        Path zst = dir.resolve("a.jsonl.zst");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(jsonl, out);
        }
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(zst))) {
            Files.copy(jsonl, out);
        }
        assertEquals(4, importInto(dir.resolve("gz.duckdb"), false, gz).threadsStored());
        assertEquals(4, importInto(dir.resolve("zst.duckdb"), false, zst).threadsStored());
        assertLines(Files.readAllLines(jsonl), exported(dir.resolve("zst.duckdb")));
    }

    @Test
    void aSparkOutputDirectoryIsReadPartFileByPartFile() throws Exception {
        List<String> lines = Files.readAllLines(annotated("a", 5, 3, FAKE));
        Path out = Files.createDirectories(dir.resolve("spark-out"));
        Files.write(out.resolve("part-00000-0b1c-c000.txt"), lines.subList(0, 2));
        Files.write(out.resolve("part-00001-0b1c-c000.txt"), List.of());
        Files.write(out.resolve("part-00002-0b1c-c000.txt"), lines.subList(2, 5));
        Files.writeString(out.resolve("_SUCCESS"), "");
        Files.writeString(out.resolve(".part-00000-0b1c-c000.txt.crc"), "crc\u0000bytes");
        ImportResult r = importInto(dir.resolve("s.duckdb"), false, out);
        assertEquals(3, r.files());
        assertLines(lines, exported(dir.resolve("s.duckdb")));
        assertEquals(List.of(), messages);
    }

    @Test
    void sparkParquetIsReadFromItsRecordColumnAndFlatTablesAreRefused() throws Exception {
        List<String> lines = Files.readAllLines(annotated("a", 4, 3, FAKE));
        Path parquet = Files.createDirectories(dir.resolve("spark-parquet"));
        writeParquet(parquet.resolve("part-00000-c000.snappy.parquet"), "id VARCHAR, record VARCHAR", lines);
        writeParquet(dir.resolve("threads.parquet"), "id VARCHAR, title VARCHAR", lines);
        assertEquals(4, importInto(dir.resolve("s.duckdb"), false, parquet).threadsStored());
        assertLines(lines, exported(dir.resolve("s.duckdb")));

        ImportResult flat = importInto(dir.resolve("s.duckdb"), false, dir.resolve("threads.parquet"));
        assertEquals(2, flat.exitCode());
        assertTrue(messages.get(0).contains("threads.parquet: a Parquet file without a 'record' column"), messages.get(0));
    }

    /** A Parquet file of one row per line: a made-up id, and the line in the second column. */
    private static void writeParquet(Path file, String columns, List<String> lines) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (" + columns + ")");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int i = 0; i < lines.size(); i++) {
                    insert.setString(1, "t" + i);
                    insert.setString(2, lines.get(i));
                    insert.executeUpdate();
                }
            }
            s.execute("COPY t TO '" + file.toString().replace("'", "''") + "' (FORMAT parquet)");
        }
    }

    @Test
    void anInputThatIsNotRecordsIsRefusedNamingItAndWhatWasExpected() throws Exception {
        Path raw = GeneratedThreads.write(dir.resolve("raw.txt"), 2, 2);
        ImportResult r = importInto(dir.resolve("s.duckdb"), false, raw, annotated("a", 2, 2, FAKE));
        assertEquals(2, r.exitCode());
        assertEquals(2, r.threadsStored(), "the other input is imported");
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("failed " + raw + ": not annotated ThreadLens records: expected JSON Lines"),
                messages.get(0));
        assertTrue(messages.get(0).endsWith("it reads as reddit-text input, which 'threadlens annotate' annotates"),
                messages.get(0));
    }

    @Test
    void aBadLineIsCountedWithItsLineAndStrictStopsThere() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(annotated("a", 4, 2, FAKE)));
        lines.add(2, "{\"schema\":\"threadlens/1\",\"id\":\"x\"");
        lines.add(3, lines.get(0).replace("\"layers\":\"sentences", "\"layers\":\"moods,sentences"));
        Path bad = Files.write(dir.resolve("bad.jsonl"), lines);
        ImportResult r = importInto(dir.resolve("s.duckdb"), false, bad);
        assertEquals(4, r.threadsStored());
        assertEquals(2, r.skippedRecords());
        assertEquals(0, r.exitCode());
        assertTrue(messages.get(0).startsWith("skipped " + bad + ":3: expected a threadlens/1 record: not JSON"), messages.get(0));
        assertTrue(messages.get(1).startsWith("skipped " + bad + ":4: expected a threadlens/1 record: thread g0: unknown "
                + "annotation layer 'moods'"), messages.get(1));

        try (CorpusStore store = CorpusStore.open(dir.resolve("strict.duckdb"))) {
            assertThrows(InputFormatException.class, () -> new ImportRun(new ImportRun.Settings(List.of(bad.toString()),
                    store, false, true, 2, "threadlens import --strict")).run(listener));
        }
        assertEquals(2, exported(dir.resolve("strict.duckdb")).size(), "the records before the bad one are stored");
        assertEquals(RunStatus.FAILED, runs(dir.resolve("strict.duckdb")).get(0).status());
    }

    @Test
    void structureOnlyRecordsAreImportedAndCountedAndAnnotationsStoredOverThem() throws Exception {
        Path raw = GeneratedThreads.write(dir.resolve("a.txt"), 3, 2);
        Path structure = dir.resolve("structure.jsonl");
        try (ExportWriter out = new JsonlExporter().open(structure.toString(), new ExportOptions(false, true))) {
            new ReadRun(InputSettings.of(List.of(raw.toString()))).run(out, RunListener.NONE);
        }
        Path db = dir.resolve("s.duckdb");
        ImportResult r = importInto(db, false, structure);
        assertEquals(3, r.threadsStored());
        assertEquals(3, r.structureOnly());
        assertEquals(List.of(), runs(db).get(0).layers());

        ImportResult annotated = importInto(db, false, annotated("a", 3, 2, FAKE));
        assertEquals(Map.of("was structure only", 3L), annotated.replaced());
        assertEquals(3, importInto(db, false, structure).threadsSkipped(), "the store holds more than the record");
    }
}
