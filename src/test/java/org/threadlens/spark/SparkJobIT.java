package org.threadlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.Fixtures;
import org.threadlens.annotate.corenlp.SharedCoreNlp;
import org.threadlens.cli.ThreadLensCommand;

/**
 * The Spark job on {@code local[2]} against the single-machine path, on the same dumps: the same thread
 * records, field for field (structure, comments, entities, sentiment, summary, provenance), and the same
 * skipped records. Both use CoreNLP with the command line's defaults, so that the models the other
 * integration tests loaded are reused (the executors are threads of this JVM), except the per-sentence time
 * limits of the parser and sentiment, lifted on both paths: with them, a sentence parsed in 9 s on one path
 * and 11 s on the other (a loaded machine) gets CoreNLP's sentiment there and the fallback's here.
 */
class SparkJobIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** CoreNLP without its per-text time limits, which would make results depend on the machine's load. */
    static final List<String> NO_TIME_LIMITS = List.of("-P", "parse.maxtime=0", "-P", "sentiment.maxtime=0");

    @TempDir
    static Path dir;
    static SparkSession spark;
    static List<String> dumps;
    static Map<String, JsonNode> singleMachine;
    static Map<String, JsonNode> distributed;

    /** What a command said and returned. */
    record Run(int exit, String stderr) {
        List<String> lines(String prefix) {
            return stderr.lines().filter(l -> l.startsWith(prefix)).sorted().toList();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = ThreadLensCommand.execute(args, new PrintStream(new ByteArrayOutputStream(), true), System.err);
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    static String[] args(List<String> head, List<String> inputs) {
        return args(head, List.of(), inputs);
    }

    static String[] args(List<String> head, List<String> options, List<String> inputs) {
        List<String> all = new ArrayList<>(head);
        all.addAll(options);
        all.addAll(inputs);
        return all.toArray(String[]::new);
    }

    /** Records by thread id, from a JSONL file or a directory of part files. */
    /**
     * The records the single-machine path writes for {@code inputs} ({@code annotate --out FILE}, the shared fast
     * pipeline, no time limits), for comparing a Spark run's with; {@code extra} adds options ({@code --tokens}).
     */
    static Map<String, JsonNode> singleMachine(Path out, List<String> inputs, String... extra) throws Exception {
        SharedCoreNlp.fast();
        List<String> annotate = new ArrayList<>(List.of("annotate", "--no-store", "-q", "--threads", "2"));
        annotate.addAll(List.of(extra));
        annotate.addAll(List.of("--out", out.toString()));
        annotate.addAll(NO_TIME_LIMITS);
        annotate.addAll(inputs);
        Run run = run(annotate.toArray(String[]::new));
        assertEquals(0, run.exit(), run.stderr());
        return records(out);
    }

    static Map<String, JsonNode> records(Path jsonl) throws IOException {
        List<Path> files;
        if (Files.isDirectory(jsonl)) {
            try (Stream<Path> s = Files.list(jsonl)) {
                files = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
            }
        } else {
            files = List.of(jsonl);
        }
        Map<String, JsonNode> byId = new TreeMap<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                JsonNode r = JSON.readTree(line);
                assertTrue(byId.put(r.get("id").asText(), r) == null, "thread " + r.get("id") + " written twice");
            }
        }
        return byId;
    }

    static String pushshift(String name) {
        return fixture("pushshift/" + name).toString();
    }

    /**
     * Three small dumps that make threads across files (posts from RS, their comments from a zstd RC) and hold
     * text that must survive exactly: the inputs of the jobs run outside this JVM.
     */
    static List<String> smallDumps() {
        return List.of(pushshift("RS_2024-01.ndjson"), pushshift("RC_2024-01.ndjson.zst"), pushshift("exact-text.ndjson"));
    }

    @BeforeAll
    static void annotateOnBothPaths() throws Exception {
        SharedCoreNlp.fast();
        spark = SparkSession.builder().master("local[2]").appName("SparkJobIT")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        dumps = List.of(pushshift("RS_2024-01.ndjson"), pushshift("RC_2024-01.ndjson.zst"), pushshift("exact-text.ndjson"),
                pushshift("both-kinds.ndjson"), Fixtures.sharedData("pushshift/comments.ndjson").toString(),
                Fixtures.sharedData("pushshift/submissions.ndjson").toString());
        assertEquals(0, run(args(List.of("annotate", "--no-store", "--threads", "2", "-q", "--out",
                dir.resolve("single.jsonl").toString()), NO_TIME_LIMITS, dumps)).exit());
        Run r = run(args(List.of("spark", "--master", "local[2]", "--out", dir.resolve("spark-jsonl").toString(),
                "--parquet", dir.resolve("spark-parquet").toString()), NO_TIME_LIMITS, dumps));
        assertEquals(0, r.exit(), r.stderr());
        singleMachine = records(dir.resolve("single.jsonl"));
        distributed = records(dir.resolve("spark-jsonl"));
        assertTrue(r.stderr().contains("annotated " + distributed.size() + " threads"),
                "counted once though written twice (Parquet, then JSONL from the kept threads): " + r.stderr());
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void annotatedRecordsEqualTheSingleMachineRecords() {
        assertEquals(singleMachine.keySet(), distributed.keySet());
        assertTrue(singleMachine.size() > 60, "the shared comments and submissions and the fixtures: " + singleMachine.size());
        for (String id : singleMachine.keySet()) {
            assertEquals(singleMachine.get(id), distributed.get(id), "thread " + id);
        }
    }

    @Test
    void theComparedRecordsCarryEntitiesSentimentAndThreadsOfSeveralFiles() {
        Set<String> labels = new TreeSet<>();
        int entities = 0;
        for (JsonNode r : distributed.values()) {
            for (JsonNode c : r.get("comments")) {
                JsonNode s = c.get("annotations").get("sentiment");
                if (!s.isNull()) {
                    labels.add(s.get("label").asText());
                }
                entities += c.get("annotations").get("entities").size();
            }
        }
        assertTrue(entities >= 10, "entities: " + entities);
        assertTrue(labels.size() >= 3, "sentiment labels: " + labels);
        JsonNode s1 = distributed.get("s1");
        assertEquals(List.of("s1", "k1", "k2", "k6"), ids(s1), "post from RS, comments from RC.zst, in pre-order");
        assertEquals("corenlp", s1.get("provenance").get("engine").asText());
    }

    @Test
    void parquetHoldsOneRowPerThreadWithItsRecordBesideKeyColumns() throws Exception {
        List<Row> rows = spark.read().parquet(dir.resolve("spark-parquet").toString()).collectAsList();
        assertEquals(distributed.size(), rows.size());
        for (Row row : rows) {
            JsonNode record = JSON.readTree(row.<String>getAs("record"));
            String id = row.getAs("id");
            assertEquals(distributed.get(id), record);
            assertEquals(record.get("community").asText(null), row.getAs("community"));
            assertEquals(record.get("source").get("file").asText(), row.getAs("sourceFile"));
            assertEquals(record.get("comments").size(), (int) row.<Integer>getAs("comments"));
            JsonNode mood = record.get("summary").get("sentiment");
            assertEquals(mood.isNull() ? null : mood.get("label").asText(), row.getAs("sentiment"), "thread " + id);
        }
    }

    @Test
    void structureOnlyRecordsAndSkippedRecordsEqualThreadlensRead() throws Exception {
        List<String> inputs = List.of(pushshift("RS_2024-01.ndjson"), pushshift("RC_2024-01.ndjson.zst"),
                pushshift("bad-lines.ndjson"), pushshift("duplicates.ndjson"), pushshift("truncated.ndjson.zst"));
        Run read = run(args(List.of("read", "--out", dir.resolve("read.jsonl").toString()), inputs));
        Run sparkRead = run(args(List.of("spark", "--structure-only", "--out", dir.resolve("read-spark").toString()), inputs));
        assertEquals(2, read.exit(), "the truncated input fails, the others are read: " + read.stderr());
        assertEquals(read.exit(), sparkRead.exit(), sparkRead.stderr());
        assertEquals(records(dir.resolve("read.jsonl")), records(dir.resolve("read-spark")));
        assertFalse(read.lines("skipped: ").isEmpty());
        assertEquals(read.lines("skipped: "), sparkRead.lines("skipped: "));
        assertTrue(sparkRead.stderr().contains("1 of 5 files could not be read whole"), sparkRead.stderr());
    }

    @Test
    void theSyntaxLayerRunsOnTheClusterAsOnOneMachine() throws Exception {
        List<String> inputs = smallDumps();
        List<String> layers = List.of("--annotators", "sentences,syntax", "--tokens");
        Map<String, JsonNode> one = singleMachine(dir.resolve("syntax.jsonl"), inputs, layers.toArray(String[]::new));
        List<String> head = new ArrayList<>(List.of("spark", "--master", "local[2]", "--out",
                dir.resolve("syntax-spark").toString()));
        head.addAll(layers);
        Run r = run(args(head, NO_TIME_LIMITS, inputs));
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(one, records(dir.resolve("syntax-spark")));
        JsonNode token = one.get("s1").get("comments").get(0).get("annotations").get("tokens").get(0);
        assertTrue(token.has("upos") && token.has("head") && token.has("deprel"), token.toString());
        assertEquals("sentences,tokens,pos,syntax", one.get("s1").get("provenance").get("layers").asText());
    }

    @Test
    void strictStopsAtTheFirstBadRecordNamingFileAndLine() {
        Run r = run("spark", "--strict", "--structure-only", "--out", dir.resolve("strict").toString(), pushshift("bad-lines.ndjson"));
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().contains(pushshift("bad-lines.ndjson") + ":2"), r.stderr());
    }

    @Test
    void anExistingOutputIsKeptWithoutForce() {
        Run r = run("spark", "--structure-only", "--out", dir.resolve("spark-jsonl").toString(), pushshift("RS_2024-01.ndjson"));
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("already exists: use --force"), r.stderr());
    }

    private static List<String> ids(JsonNode record) {
        List<String> ids = new ArrayList<>();
        record.get("comments").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }
}
