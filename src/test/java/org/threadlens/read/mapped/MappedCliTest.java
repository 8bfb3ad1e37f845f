package org.threadlens.read.mapped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.threadlens.cli.ThreadLensCommand;

/** The mapped and ConvoKit formats from the command line: {@code --map} reaches the readers, errors exit 2. */
class MappedCliTest {
    record Outcome(int exit, String out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
            PrintStream oldErr = System.err;
            System.setErr(errStream);
            try {
                int exit = ThreadLensCommand.execute(args, System.out, errStream);
                return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setErr(oldErr);
            }
        } finally {
            System.setOut(oldOut);
        }
    }

    @Test
    void readWithAMapWritesThreadsAndReportsSkippedRows() {
        Outcome o = run("read", "--format", "mapped-csv", "--map",
                "id=post_id,parent=reply_to,thread=topic_id,author=user,text=body,time=posted_at,platform=:myforum",
                fixture("mapped/forum.csv").toString());
        assertEquals(0, o.exit(), o.err());
        assertEquals(3, o.out().lines().count(), o.out());
        assertTrue(o.out().contains("\"platform\":\"myforum\""), o.out());
        assertTrue(o.err().contains("forum.csv:10: record 6: column 'posted_at' (time)"), o.err());
    }

    @Test
    void theFormatWithoutMapExitsTwoListingTheColumns() {
        Outcome o = run("read", "--format", "mapped-csv", fixture("mapped/forum.csv").toString());
        assertEquals(2, o.exit(), o.err());
        assertTrue(o.err().contains("mapped-csv needs --map id=...,thread=...,text=... "
                + "(columns in this file: post_id, topic_id"), o.err());
        assertFalse(o.err().contains("\tat "), o.err());
    }

    @Test
    void anUnknownMapFieldExitsTwo() {
        Outcome o = run("read", "--format", "mapped-jsonl", "--map", "id=msg.id,thread=topic,text=body,body=x",
                fixture("mapped/forum.jsonl").toString());
        assertEquals(2, o.exit(), o.err());
        assertTrue(o.err().contains("--map: unknown field 'body'; the fields are id, thread, text"), o.err());
    }

    @Test
    void aConvoKitCorpusIsDetectedAndRead() {
        Outcome o = run("read", fixture("convokit/hyphen").toString());
        assertEquals(0, o.exit(), o.err());
        assertEquals(2, o.out().lines().count(), o.out());
        assertTrue(o.out().contains("\"title\":\"Stoves for a thru-hike\""), o.out());
    }
}
