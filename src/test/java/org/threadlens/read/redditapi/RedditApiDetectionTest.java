package org.threadlens.read.redditapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;

import org.junit.jupiter.api.Test;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputSample;
import org.threadlens.read.ThreadReaders;

class RedditApiDetectionTest {
    private final RedditApiReader reader = new RedditApiReader();

    private boolean recognizes(String head) {
        return reader.recognizes(new InputSample("x.json", head));
    }

    @Test
    void detectionFindsTheFormatByContent() throws Exception {
        for (String f : new String[] {"nested-thread.json", "raw-json.json", "front-page.json", "sorted-keys.json"}) {
            assertEquals(RedditApiReader.NAME, ThreadReaders.detect(InputFile.of(fixture("reddit-api/" + f).toString())).name(), f);
        }
    }

    @Test
    void aListingKindWithAnySpacingIsRecognized() {
        assertTrue(recognizes("[{\"kind\":\"Listing\",\"data\":{"));
        assertTrue(recognizes("  \n{ \"kind\" :\t\"Listing\" , \"data\": {}}"));
        assertTrue(recognizes("[{\"data\": {\"children\": []}, \"kind\": \"Listing\"}, "));
    }

    @Test
    void pushshiftLinesAreNotClaimed() {
        assertFalse(recognizes("{\"author\":\"a\",\"body\":\"hi\",\"created_utc\":1134365188,\"id\":\"c13\","
                + "\"link_id\":\"t3_17\",\"parent_id\":\"t3_17\",\"subreddit\":\"reddit.com\",\"subreddit_id\":\"t5_6\"}\n"
                + "{\"author\":\"b\",\"body\":\"quoting \\\"kind\\\": \\\"Listing\\\" in a body\",\"id\":\"c14\","
                + "\"link_id\":\"t3_17\",\"subreddit_id\":\"t5_6\"}\n"));
    }

    @Test
    void hackerNewsItemsAndTextDumpsAreNotClaimed() {
        assertFalse(recognizes("{\"by\":\"dhouston\",\"descendants\":71,\"id\":8863,\"kids\":[8952],"
                + "\"score\":111,\"time\":1175714200,\"title\":\"My YC app\",\"type\":\"story\"}"));
        assertFalse(recognizes("Post Title: \"kind\": \"Listing\"\nAuthor: x\n"));
        assertFalse(recognizes("{\"kind\": \"t1\", \"data\": {\"id\": \"abc\"}}"));
    }
}
