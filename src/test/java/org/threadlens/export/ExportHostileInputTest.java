package org.threadlens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.export.ExportFixtures.tree;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadlens.export.conllu.ConlluChecker;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.spi.Extensions;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * Every exporter against data that tries to escape the target or break the format: thread and comment ids
 * that look like paths, and control characters, line and paragraph separators, tabs and quotes in every text.
 */
class ExportHostileInputTest {
    private static final String NASTY = "quote \" comma , tab \t CR \r LF \n NUL \u0000 LS \u2028 PS \u2029 pipe | eq = #";

    @TempDir
    Path dir;

    static Stream<String> formats() {
        return Extensions.all(CorpusExporter.class).stream().map(CorpusExporter::name).sorted();
    }

    private static AnnotatedThread hostile(String id) {
        ThreadBuilder b = new ThreadBuilder("reddit", id, new SourceRef("test", "memory")).community("r/" + NASTY)
                .title("Title " + NASTY).url("https://example.com/" + id).createdUtc(1_700_000_000L);
        b.add(new Comment(id, null, CommentKind.POST, 0, "author " + NASTY, 3, 1_700_000_000L, "Alice said " + NASTY + ". Bob agreed.",
                Set.of()));
        b.add(new Comment(id + "/../../c1", id, CommentKind.COMMENT, 1, "../../etc", -2, 1_700_000_060L,
                "Carol wrote \"no\".\r\nDave\tsaid yes.", Set.of()));
        return Records.annotateWithScorers(b.build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void pathLikeIdsNeverLeaveTheTargetAndEveryFileStaysWellFormed(String format) throws Exception {
        CorpusExporter exporter = Extensions.byName(CorpusExporter.class, format, "export format");
        Path out = dir.resolve("out");
        ExportFixtures.export(exporter, out, new ExportOptions(true, false), hostile("../../escape"), hostile("/etc/passwd"),
                hostile(".."), hostile("C:\\Windows\\x"));
        List<String> all = tree(dir);
        assertTrue(all.stream().allMatch(p -> p.equals("out") || p.startsWith("out/")), "only the target: " + all);
        assertTrue(Files.notExists(Path.of("/etc/passwd.conllu")) && Files.notExists(dir.getParent().resolve("escape")));
        if (Files.isDirectory(out)) {
            for (String f : tree(out)) {
                assertTrue(f.matches("[a-z_]+\\.(csv|parquet|json|jsonl)"), "a fixed name, not data: " + f);
                wellFormed(out.resolve(f));
            }
        } else {
            wellFormed(format, out);
        }
    }

    /** Each single-file export parses as its format; a column format holds no raw control character. */
    private static void wellFormed(String format, Path file) throws Exception {
        String text = Files.readString(file);
        switch (format) {
            case "conllu" -> ConlluChecker.assertValidConllu(text);
            case "conll" -> {
                assertTrue(text.chars().noneMatch(c -> c == 0 || c == '\r' || c == 0x2028 || c == 0x2029), format);
                text.lines().filter(l -> !l.isEmpty()).forEach(l -> assertEquals(4, l.split(" ", -1).length, "four columns: " + l));
            }
            // JSON escapes control characters; U+2028 and U+2029 may stay raw, as JSON allows
            case "jsonl" -> List.of(text.split("\n")).forEach(ExportHostileInputTest::json);
            default -> throw new AssertionError("no check for " + format);
        }
    }

    private static void wellFormed(Path file) throws Exception {
        String name = file.getFileName().toString();
        if (name.endsWith(".csv")) {
            try (Reader r = Files.newBufferedReader(file);
                 CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
                p.getRecords().forEach(rec -> assertTrue(rec.isConsistent(), name));
            }
        } else if (name.endsWith(".jsonl")) {
            Files.readAllLines(file).forEach(ExportHostileInputTest::json);
        } else if (name.endsWith(".json")) {
            json(Files.readString(file));
        }
    }

    private static void json(String s) {
        try {
            new ObjectMapper().readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void anExportThatFailsLeavesTheEarlierOneAsItWasAndNothingBeside(String format) throws Exception {
        CorpusExporter exporter = Extensions.byName(CorpusExporter.class, format, "export format");
        Path out = dir.resolve("out");
        ExportFixtures.export(exporter, out, ExportOptions.defaults(), ExportFixtures.rich("t1"));
        List<String> before = tree(dir);
        String first = Files.isDirectory(out) ? String.join(",", tree(out)) + Files.size(out.resolve("provenance.json"))
                : Files.readString(out);
        try (ExportWriter w = exporter.open(out.toString(), new ExportOptions(false, true))) {
            w.write(ExportFixtures.rich("t2"));
            // an error here: the caller closes without commit
        }
        assertEquals(before, tree(dir), "no temporary file or directory is left");
        assertEquals(first, Files.isDirectory(out) ? String.join(",", tree(out)) + Files.size(out.resolve("provenance.json"))
                : Files.readString(out));
    }
}
