package org.threadlens.read.pushshift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputSample;
import org.threadlens.read.ThreadReaders;

class PushshiftDetectionTest {
    private final PushshiftReader reader = new PushshiftReader();

    private boolean recognizes(String head) {
        return reader.recognizes(new InputSample("x.ndjson", head));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS_2024-01.ndjson", "RC_2024-01.ndjson", "RC_2024-01.ndjson.gz", "RC_2024-01.ndjson.bz2",
        "RC_2024-01.ndjson.xz", "RC_2024-01.ndjson.zst", "both-kinds.ndjson", "truncated.ndjson.zst"})
    void dumpsAreRecognizedByContentCompressedOrNot(String fixture) throws Exception {
        assertEquals(PushshiftReader.NAME, ThreadReaders.detect(InputFile.of(fixture("pushshift/" + fixture).toString())).name());
    }

    @Test
    void aFirstLineLongerThanTheSampleIsJudgedOnTheKeysThatFit() {
        String cut = "{\"author\": \"a\", \"created_utc\": 1, \"id\": \"c1\", \"link_id\": \"t3_p\", \"body\": \""
                + "x".repeat(70_000);
        assertTrue(recognizes(cut.substring(0, InputFile.SAMPLE_BYTES)));
    }

    @Test
    void leadingBlankLinesAreAllowed() {
        assertTrue(recognizes("\n  \n{\"id\": \"p1\", \"created_utc\": 1, \"subreddit\": \"x\", \"title\": \"t\"}\n"));
    }

    @Test
    void neighbouringFormatsAreNotClaimed() {
        List<String> others = List.of(
                // Hacker News Firebase item
                "{\"by\": \"dhouston\", \"descendants\": 71, \"id\": 8863, \"kids\": [9224], \"score\": 111,"
                        + " \"time\": 1175714200, \"title\": \"My YC app\", \"type\": \"story\"}",
                // ConvoKit utterance, even with a subreddit
                "{\"id\": \"c1\", \"conversation_id\": \"p1\", \"reply-to\": \"p1\", \"speaker\": \"u\", \"text\": \"hi\","
                        + " \"timestamp\": 1, \"subreddit\": \"x\", \"created_utc\": 1, \"body\": \"hi\"}",
                // Reddit API Thing
                "{\"kind\": \"t1\", \"data\": {\"id\": \"c1\", \"link_id\": \"t3_p1\", \"body\": \"hi\"}}",
                "{\"kind\": \"t3\", \"id\": \"p1\", \"subreddit\": \"x\", \"created_utc\": 1, \"title\": \"t\"}",
                // Reddit API comments listing pair
                "[{\"kind\": \"Listing\", \"data\": {}}]",
                // generic JSON lines
                "{\"id\": 1, \"text\": \"hello\", \"created_utc\": 5}",
                "{\"id\": \"p1\", \"subreddit\": \"x\", \"text\": \"no comment or submission keys\", \"created_utc\": 1}",
                // no time: not a dump record
                "{\"id\": \"c1\", \"link_id\": \"t3_p1\", \"body\": \"hi\"}",
                "Post Title: not JSON\nAuthor: x",
                "");
        for (String head : others) {
            assertFalse(recognizes(head), head);
        }
    }
}
