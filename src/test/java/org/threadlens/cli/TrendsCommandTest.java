package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.cli.CliTest.assertFails;
import static org.threadlens.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code threadlens trends} on a synthetic store: the table, CSV and JSON, and what it refuses. */
class TrendsCommandTest {
    @TempDir
    static Path dir;
    private static Path db;

    @BeforeAll
    static void synthesize() {
        db = dir.resolve("s.duckdb");
        CliTest.Outcome o = run("synth", "--db", db.toString(), "--comments", "6000", "--seed", "9");
        assertEquals(0, o.exit(), o.err());
    }

    @Test
    void theTableShowsMoodByWeekThenTheMostMentionedEntities() {
        CliTest.Outcome o = run("trends", "--db", db.toString(), "--top", "2");
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.out().startsWith("Mood by week: 95% intervals over threads"), o.out());
        assertTrue(o.out().contains("\nEvery community together\nweek of "), o.out());
        assertTrue(o.out().matches("(?s).*\n2026-01-05 +[\\d,]+ +[\\d,]+  [+-]0\\.\\d\\d \\([+-]0\\.\\d\\d\u2026[+-]0\\.\\d\\d\\).*"),
                o.out());
        assertTrue(o.out().contains("\nTesla (ORGANIZATION, wiki Tesla,_Inc.)\n"), o.out());
        assertEquals(2, o.out().split("\n\\S.*\\((PERSON|ORGANIZATION|LOCATION|PRODUCT)").length - 1, "two entities");
    }

    @Test
    void csvHasOneRowPerCellAndLoadsAsATable() throws Exception {
        Path csv = dir.resolve("t.csv");
        CliTest.Outcome o = run("trends", "--db", db.toString(), "--community", "news", "--community", "gaming",
                "--entity", "Tesla", "--out", csv.toString());
        assertEquals(0, o.exit(), o.err());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("section,unit,period,community,entity_key,name,type,link,threads,texts,"));
        assertEquals(16, lines.stream().filter(l -> l.startsWith("mood,week,")).count(), "8 weeks of 2 communities");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("entity,week,2026-01-05,news,\"link:Tesla,_Inc.\",Tesla,")),
                String.join("\n", lines));
        assertFails(run("trends", "--db", db.toString(), "--out", csv.toString()), 2, "already exists");
    }

    @Test
    void jsonNamesTheQueryAndEveryCell() throws Exception {
        Path json = dir.resolve("t.json");
        assertEquals(0, run("trends", "--db", db.toString(), "--by", "half", "--entity", "Elon_Musk", "--out",
                json.toString()).exit());
        JsonNode t = new ObjectMapper().readTree(json.toFile());
        assertEquals("half", t.get("unit").asText());
        assertEquals(2, t.get("mood").size());
        assertEquals("Elon Musk", t.get("entities").get(0).get("name").asText());
        assertTrue(t.get("mood").get(0).has("score_low"));
    }

    @Test
    void unknownNamesAndBadOptionsAreAnsweredWithWhatIsKnown() {
        assertFails(run("trends", "--db", db.toString(), "--community", "politics"), 2,
                "no community 'politics' in this store; the largest: ");
        assertFails(run("trends", "--db", db.toString(), "--entity", "Teslaa"), 2, "no entity 'Teslaa'");
        assertFails(run("trends", "--db", db.toString(), "--by", "year"), 2, "unknown period 'year'; known: day, week, month, half, all");
        assertFails(run("trends", "--db", db.toString(), "--out", "t.txt"), 2, "name a .csv or .json file, or - for CSV on stdout");
        assertFails(run("trends", "--db", dir.resolve("none.duckdb").toString()), 2, "no such store");
        assertFails(run("trends", "--db", db.toString(), "--since", "2026-02-01", "--until", "2026-01-01"), 2,
                "must be before until");
    }
}
