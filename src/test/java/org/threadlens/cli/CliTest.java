package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.annotate.Layer;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunCounts;
import org.threadlens.store.RunStart;
import org.threadlens.store.RunStatus;
import org.threadlens.store.ThreadFingerprint;
import org.threadlens.store.ThreadStamp;
import org.threadlens.thread.Comments;
import picocli.CommandLine;

/** Exit statuses and messages of the command line, for paths that load no models. */
class CliTest {
    @TempDir
    Path dir;

    /** The outcome of one command line. */
    record Outcome(int exit, String out, String err) {
    }

    static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = ThreadLensCommand.execute(args, System.out, System.err);
            return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static void assertFails(Outcome o, int exit, String message) {
        assertEquals(exit, o.exit(), o.err());
        assertTrue(o.err().contains(message), o.err());
        assertFalse(o.err().contains("\tat "), "no stack trace: " + o.err());
    }

    @Test
    void everyCommandsHelpRendersWithoutPicocliWarnings() {
        var spec = new CommandLine(new ThreadLensCommand()).getCommandSpec();
        List<String[]> commands = new ArrayList<>();
        spec.subcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            commands.add(new String[] {name, "--help"});
            sub.getSubcommands().keySet().forEach(inner -> commands.add(new String[] {name, inner, "--help"}));
        });
        assertTrue(commands.size() > 10, commands.size() + " commands");
        for (String[] command : commands) {
            Outcome o = run(command);
            assertEquals(0, o.exit(), String.join(" ", command) + ": " + o.err());
            assertFalse(o.err().contains("WARN"), String.join(" ", command) + ": " + o.err());
            assertTrue(o.out().startsWith("Usage: threadlens"), String.join(" ", command) + ": " + o.out());
        }
    }

    @Test
    void versionNamesTheLibraries() {
        Outcome o = run("--version");
        assertEquals(0, o.exit());
        assertTrue(o.out().contains("Stanford CoreNLP 4.5.10"), o.out());
    }

    @Test
    void aMissingInputNamesTheFile() {
        assertFails(run("annotate", "no-such-thread.txt"), 2, "no-such-thread.txt: no such file");
        assertFails(run("read", "no-such-thread.txt"), 2, "no-such-thread.txt: no such file");
    }

    @Test
    void aFileInNoKnownFormatListsTheFormats() throws Exception {
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "just some notes\n");
        assertFails(run("read", f.toString()), 2, "reddit-text: ");
    }

    @Test
    void aMalformedFileNamesTheLineAndWhatWasExpected() {
        String bad = fixture("reddit-text/bad-score.txt").toString();
        assertFails(run("read", bad), 2, bad + ":3: expected 'Score: <integer>', found 'lots'");
        assertFails(run("annotate", "--no-store", "--out", dir.resolve("o.jsonl").toString(), bad), 2, "bad-score.txt:3");
    }

    @Test
    void strictStopsAtTheFirstBadRecord() {
        assertFails(run("read", "--strict", fixture("reddit-text/bad-score.txt").toString()), 2, "expected 'Score: <integer>'");
    }

    @Test
    void aDirectoryStandsForTheFilesInIt() throws Exception {
        Path dumps = dir.resolve("dumps");
        Files.createDirectories(dumps.resolve("2024-01"));
        Files.copy(fixture("pushshift/RS_2024-01.ndjson"), dumps.resolve("2024-01/RS_2024-01.ndjson"));
        Files.copy(fixture("pushshift/RC_2024-01.ndjson.zst"), dumps.resolve("RC_2024-01.ndjson.zst"));
        Files.writeString(dumps.resolve(".listing.tmp"), "hidden files are not inputs");
        Path fromDir = dir.resolve("dir.jsonl");
        Path fromFiles = dir.resolve("files.jsonl");
        assertEquals(0, run("read", "--out", fromDir.toString(), dumps.toString()).exit());
        assertEquals(0, run("read", "--out", fromFiles.toString(), fixture("pushshift/RS_2024-01.ndjson").toString(),
                fixture("pushshift/RC_2024-01.ndjson.zst").toString()).exit());
        assertEquals(Files.readString(fromFiles).replaceAll("\"file\":\"[^\"]*\"", ""),
                Files.readString(fromDir).replaceAll("\"file\":\"[^\"]*\"", ""));
    }

    @Test
    void aFileInADirectoryThatDoesNotReadIsNamed() throws Exception {
        Path dumps = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(fixture("pushshift/RS_2024-01.ndjson"), dumps.resolve("RS_2024-01.ndjson"));
        Files.writeString(dumps.resolve("notes.txt"), "just some notes\n");
        Outcome o = run("read", "--out", dir.resolve("o.jsonl").toString(), dumps.toString());
        assertFails(o, 2, Path.of(dumps.toString(), "notes.txt") + ": not in any known format");
        assertFalse(Files.readString(dir.resolve("o.jsonl")).isEmpty(), "the readable file was read");
        assertFails(run("read", Files.createDirectories(dir.resolve("empty")).toString()), 2, "holds no files to read");
        Outcome strict = run("read", "--strict", "--out", dir.resolve("s.jsonl").toString(), dumps.toString());
        assertFails(strict, 2, "notes.txt: not in any known format");
        assertEquals(1, strict.err().split("notes.txt", -1).length - 1, "reported once: " + strict.err());
    }

    @Test
    void readWritesStructureRecords() throws Exception {
        Path out = dir.resolve("t.jsonl");
        Outcome o = run("read", "--out", out.toString(), fixture("reddit-text/two-threads.txt").toString());
        assertEquals(0, o.exit(), o.err());
        assertEquals(2, Files.readAllLines(out).size());
        assertTrue(Files.readString(out).startsWith("{\"schema\":\"threadlens/1\""));
    }

    @Test
    void unknownNamesAreAnsweredWithTheKnownOnes() {
        Outcome unknownFormat = run("read", "--format", "nope", fixture("reddit-text/crlf.txt").toString());
        assertFails(unknownFormat, 2, "unknown format 'nope': known formats are ");
        assertTrue(unknownFormat.err().contains("reddit-text"), unknownFormat.err());
        assertFails(run("annotate", "--annotators", "sentences,moods", "x.txt"), 2, "known layers are");
    }

    @Test
    void exportFromAMissingStoreIsAUsageError() {
        assertFails(run("export", "--db", dir.resolve("none.duckdb").toString(), "--to", "jsonl", "--out", "-"), 2,
                "no such store");
    }

    /** A store with one run that stored one thread of four comments (the fake engine, every layer). */
    private Path storeWithOneRun() throws Exception {
        Path db = dir.resolve("s.duckdb");
        AnnotatedThread r = Records.annotateResolved(Comments.thread("t", Comments.post("t", "I think Alice liked it."),
                Comments.reply("c", "t", "What a waste, Bob.")),
                Map.of("Alice", new Records.Resolution("Alice Liddell", "Alice_Liddell", List.of())));
        try (CorpusStore store = CorpusStore.open(db)) {
            int run = store.startRun(new RunStart(Instant.parse("2026-01-02T10:00:00Z"), "threadlens annotate in.txt",
                    new RunStart.Versions("0.1.0", "4.5.10", "2.5.6.1", "17"), "fake", Layer.parseList("sentiment"), "{}", "h",
                    List.of(new RunStart.Input("in.txt", 3L, "ba78"))));
            store.put(r, new ThreadStamp(run, ThreadFingerprint.of(r.thread()), "h"));
            store.updateRun(run, RunStatus.COMPLETED, new RunCounts(1, 0, 1, 2, 2, 0, 0, 0), null);
        }
        return db;
    }

    @Test
    void statsShowsThreadsCoverageAndRuns() throws Exception {
        Path db = storeWithOneRun();
        Outcome o = run("stats", "--db", db.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().contains("(schema 5): threads 1, comments 2"), o.out());
        assertTrue(o.out().contains("sentiment           2    100.0%"), o.out());
        assertTrue(o.out().matches("(?s).*\\n   1  completed    2026-01-02T10:00:00Z  \\S+ +sentences,tokens,sentiment +1 +0 +1 +2 +1\\n.*"),
                o.out());
        assertTrue(o.out().endsWith("""
                entity                         type            threads  mentions  link
                Alice Liddell                  PERSON                1         1  Alice_Liddell
                Bob                            PERSON                1         1  -
                """), o.out());
        assertFails(run("stats", "--db", dir.resolve("none.duckdb").toString()), 2, "no such store");
    }

    @Test
    void exportWritesTheRunsBesideTheRecords() throws Exception {
        Path db = storeWithOneRun();
        Path out = dir.resolve("corpus.jsonl");
        Outcome o = run("export", "--db", db.toString(), "--to", "jsonl", "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        assertEquals(1, Files.readAllLines(out).size());
        var provenance = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("corpus.jsonl.provenance.json").toFile());
        assertEquals("threadlens-provenance/1", provenance.get("schema").asText());
        assertEquals(1, provenance.get("export").get("threads").asInt());
        assertEquals("ba78", provenance.get("runs").get(0).get("inputs").get(0).get("sha256").asText());
        assertEquals(1, provenance.get("runs").get(0).get("threadsInStore").asInt());
        assertFails(run("export", "--db", db.toString(), "--to", "jsonl", "--out", out.toString()), 2, "already exists");
    }

    @Test
    void aCommandIsRequired() {
        assertEquals(2, run().exit());
    }

    @Test
    void listsFormats() {
        Outcome o = run("read", "--formats");
        assertEquals(0, o.exit());
        assertTrue(o.out().contains("reddit-text: text starting 'Post Title:'"), o.out());
    }

    @Test
    void pluginsShowsDeclaredAndLoadable() {
        Outcome o = run("plugins");
        assertEquals(0, o.exit(), o.out() + o.err());
        assertTrue(o.out().contains("thread-reader  reddit-text         ok"), o.out());
        assertTrue(o.out().contains("annotator      opennlp             ok         provides sentences,tokens,pos,sentiment"), o.out());
        assertTrue(o.out().contains("threadlens_sentiment   ok         org.threadlens.plugin.corenlp.CommentSentimentAnnotator"), o.out());
        assertTrue(o.out().contains("corenlp-english        ok         edu.stanford.nlp:stanford-corenlp:4.5.10:models (474 MB"), o.out());
        assertTrue(o.out().contains("opennlp-sentiment      ok         models/opennlp-sentiment.bin"), o.out());
        assertTrue(o.out().matches("(?s).*\\ncorenlp-english-kbp    (ok        |not yet   ) edu\\.stanford\\.nlp:stanford-corenlp:"
                + "4\\.5\\.10:models-english-kbp \\(227 MB, GPL-3\\.0-or-later\\): (in|downloaded on first use into) .*"), o.out());
    }

    @Test
    void theOpenNlpEngineAnnotatesWithoutCoreNlpAndSkipsNonEnglishComments() throws Exception {
        Path out = dir.resolve("o.jsonl");
        Outcome o = run("annotate", "--engine", "opennlp", "--no-store", "-q", "--out", out.toString(),
                fixture("reddit-text/mixed-languages.txt").toString());
        assertEquals(0, o.exit(), o.err());
        com.fasterxml.jackson.databind.JsonNode r = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readString(out));
        assertEquals("opennlp", r.at("/provenance/engine").asText());
        assertEquals("sentences,tokens,pos,sentiment", r.at("/provenance/layers").asText());
        assertTrue(r.at("/provenance/settings/threadlens.nonEnglish").asText().startsWith("skip"), r.at("/provenance").toString());
        com.fasterxml.jackson.databind.JsonNode german = r.at("/comments/1/annotations");
        assertEquals("deu", german.get("language").asText());
        assertEquals(0, german.get("layers").size());
        com.fasterxml.jackson.databind.JsonNode english = r.at("/comments/2/annotations");
        assertFalse(english.has("language"));
        assertEquals("vader", english.at("/sentences/0/sentiment/scorer").asText());
        assertEquals("negative", english.at("/sentiment/label").asText());
        assertEquals("combined", english.at("/sentiment/method").asText());
    }

    @Test
    void anEngineIsAskedOnlyForWhatItCanDo() {
        assertFails(run("annotate", "--engine", "opennlp", "--annotators", "entities", "x.txt"), 2,
                "the opennlp engine cannot produce entities; it produces sentences,tokens,pos,sentiment");
        assertFails(run("annotate", "--engine", "opennlp", "-P", "parse.maxlen=60", "x.txt"), 2,
                "the opennlp engine takes none");
        assertFails(run("annotate", "--engine", "spacy", "x.txt"), 2, "unknown engine 'spacy': known engines are corenlp, opennlp");
        assertFails(run("annotate", "--non-english", "drop", "x.txt"), 2, "--non-english: unknown mode 'drop': known are skip, flag, off");
    }
}
