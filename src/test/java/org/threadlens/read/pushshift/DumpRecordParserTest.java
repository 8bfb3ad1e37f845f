package org.threadlens.read.pushshift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threadlens.json.JsonLimits;
import org.threadlens.read.pushshift.DumpRecordParser.BadRecordException;
import org.threadlens.thread.CommentKind;

/** Field shapes one at a time, on one-line objects (the fixtures hold them in whole records). */
class DumpRecordParserTest {
    private static final String COMMENT = "\"id\": \"c1\", \"link_id\": \"t3_p1\", \"parent_id\": \"t3_p1\", \"body\": \"hi\"";

    private static DumpRecord parse(String json) throws Exception {
        return new DumpRecordParser().parse(JsonLimits.MAPPER.readTree(json), 0, 1);
    }

    /** A comment with one more field. */
    private static DumpRecord comment(String field) throws Exception {
        return parse("{" + COMMENT + (field.isEmpty() ? "" : ", " + field) + "}");
    }

    private static void assertBad(String json, String expected) {
        BadRecordException e = assertThrows(BadRecordException.class, () -> parse(json));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"created_utc\": 1251763200        | 1251763200",
        "\"created_utc\": 1251763200.999    | 1251763200",
        "\"created_utc\": \"1251763200\"    | 1251763200",
        "\"created_utc\": \"1251763200.5\"  | 1251763200",
        "\"created_utc\": 1.2517632E9       | 1251763200",
        "\"created_utc\": null              | ",
        "''                                 | "})
    void createdUtcShapes(String field, Long expected) throws Exception {
        assertEquals(expected, comment(field).createdUtc());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"created_utc\": \"yesterday\"",
        "\"created_utc\": -5",
        "\"created_utc\": \"NaN\"",
        "\"created_utc\": 1e300",
        "\"created_utc\": true",
        "\"created_utc\": [1]"})
    void createdUtcThatIsNoTimeIsABadRecord(String field) {
        assertBad("{" + COMMENT + ", " + field + "}", "comment c1: expected 'created_utc' to be epoch seconds");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"score\": 7      | 7",
        "\"score\": -12    | -12",
        "\"score\": \"7\"  | 7",
        "\"score\": 7.0    | 7",
        "\"score\": null   | ",
        "''                | "})
    void scoreShapes(String field, Integer expected) throws Exception {
        assertEquals(expected, comment(field).score());
    }

    @Test
    void aScoreThatIsNoIntegerIsABadRecord() {
        assertBad("{" + COMMENT + ", \"score\": 7.5}", "expected 'score' to be an integer, found 7.5");
        assertBad("{" + COMMENT + ", \"score\": \"many\"}", "found 'many'");
        assertBad("{" + COMMENT + ", \"score\": 99999999999}", "expected 'score' to be an integer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"edited\": true          | 4",
        "\"edited\": 1606781062.0  | 4",
        "\"edited\": 1606781062    | 4",
        "\"edited\": \"true\"      | 4",
        "\"edited\": false         | 0",
        "\"edited\": 0             | 0",
        "\"edited\": null          | 0",
        "''                        | 0"})
    void editedShapes(String field, int flags) throws Exception {
        assertEquals(flags, comment(field).flags() & DumpRecord.EDITED);
    }

    @Test
    void idsLoseTheirTypePrefix() throws Exception {
        DumpRecord r = parse("{\"id\": \"t1_c1\", \"link_id\": \"t3_p1\", \"parent_id\": \"t1_c0\", \"body\": \"\"}");
        assertEquals("c1", r.id());
        assertEquals("p1", r.threadId());
        assertEquals("c0", r.parentId());
    }

    @Test
    void aCommentWithoutParentRepliesToItsSubmission() throws Exception {
        assertEquals("p1", parse("{\"id\": \"c1\", \"link_id\": \"t3_p1\", \"body\": \"x\"}").parentId());
    }

    @Test
    void aMissingBodyIsEmptyText() throws Exception {
        assertEquals("", parse("{\"id\": \"c1\", \"link_id\": \"t3_p1\", \"parent_id\": \"t3_p1\"}").text());
    }

    @Test
    void aSubmissionIsItsOwnThreadAndItsTextIsTheSelftext() throws Exception {
        DumpRecord r = parse("{\"id\": \"p1\", \"title\": \"T\", \"selftext\": \"[deleted]\", \"num_comments\": \"4\","
                + " \"permalink\": \"/r/x/comments/p1/t/\", \"subreddit\": \"x\"}");
        assertEquals(CommentKind.POST, r.kind());
        assertEquals("p1", r.threadId());
        assertNull(r.parentId());
        assertEquals("[deleted]", r.text());
        assertEquals(DumpRecord.DELETED, r.flags());
        assertEquals(4, r.numComments());
        assertEquals("https://www.reddit.com/r/x/comments/p1/t/", r.url());
    }

    @Test
    void theFullnameDecidesTheKind() throws Exception {
        // a comment from a user listing carries num_comments of its submission; its name says what it is
        assertEquals(CommentKind.COMMENT, parse("{\"name\": \"t1_c1\", \"link_id\": \"t3_p1\", \"num_comments\": 9}").kind());
        assertEquals(CommentKind.POST, parse("{\"name\": \"t3_p1\", \"url\": \"https://example.com\"}").kind());
        assertEquals("p1", parse("{\"name\": \"t3_p1\", \"url\": \"https://example.com\"}").id());
    }

    @Test
    void idsThatAreNoRedditIdsAreBadRecords() {
        assertBad("{\"id\": \"c 1\", \"link_id\": \"t3_p1\", \"body\": \"\"}", "expected 'id' to be a Reddit id, found 'c 1'");
        assertBad("{\"id\": \"c1\", \"link_id\": \"t3_\\ud83d\", \"body\": \"\"}", "expected 'link_id' to be a Reddit id");
        assertBad("{\"id\": \"c1\", \"link_id\": {\"id\": 1}, \"body\": \"\"}", "expected 'link_id' to be a string, found an object");
        assertBad("{\"id\": \"" + "a".repeat(300) + "\", \"link_id\": \"t3_p1\", \"body\": \"\"}", "to be a Reddit id");
    }

    @Test
    void aCommentWithoutLinkIdOrIdIsABadRecordSayingWhatWasExpected() {
        assertBad("{\"id\": \"c1\", \"parent_id\": \"t1_c0\", \"body\": \"x\"}",
                "comment c1 has no 'link_id': expected the id of its submission (t3_...)");
        assertBad("{\"link_id\": \"t3_p1\", \"body\": \"x\"}", "comment without 'id': expected its Reddit id");
        assertBad("{\"id\": \"c1\", \"link_id\": \"\", \"body\": \"x\"}", "has no 'link_id'");
    }
}
