package org.threadlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.threadlens.read.pushshift.DumpRecord;
import org.threadlens.thread.CommentKind;

/** Records survive the trip through Spark's rows exactly, lone surrogates included. */
class RecordRowsTest {
    private static void assertRoundTrips(DumpRecord r) {
        Row row = RecordRows.toRow(r);
        assertEquals(RecordRows.SCHEMA.size(), row.size());
        assertEquals(r, RecordRows.fromRow(row));
    }

    @Test
    void aPostWithEveryFieldRoundTrips() {
        assertRoundTrips(new DumpRecord(CommentKind.POST, "s1", "s1", null, "op_user", 57, 1706745600L,
                "I have about $200 to spend.\n\n&gt; quoted", DumpRecord.EDITED, "Best budget grinder?",
                "https://www.reddit.com/r/espresso/comments/s1/", "espresso", 3, 0, 1));
    }

    @Test
    void aCommentWithAbsentValuesRoundTrips() {
        assertRoundTrips(new DumpRecord(CommentKind.COMMENT, "x9", "k4", "gone", null, null, null, "", DumpRecord.DELETED,
                null, null, null, null, 3, 12_345_678_901L));
    }

    @Test
    void loneSurrogatesTravelEscapedAndComeBackExact() {
        DumpRecord r = new DumpRecord(CommentKind.POST, "s3", "s3", null, "emoji\uD83D", 1, 1L, "cut \uD83D here \uDE00",
                0, "title \uDE00", null, "com\uD83Dmunity", null, 0, 1);
        Row row = RecordRows.toRow(r);
        assertEquals(0b10111, row.getInt(9), "author, text, title and community are escaped; url is absent");
        assertEquals(r, RecordRows.fromRow(row));
    }

    @Test
    void pairedSurrogatesAreKeptAsTheyAre() {
        DumpRecord r = new DumpRecord(CommentKind.COMMENT, "s1", "k1", "s1", "a", 1, 1L, "coffee \u2615 \uD83D\uDE00", 0,
                null, null, null, null, 0, 2);
        Row row = RecordRows.toRow(r);
        assertEquals(0, row.getInt(9));
        assertEquals("coffee \u2615 \uD83D\uDE00", row.getString(7));
    }
}
