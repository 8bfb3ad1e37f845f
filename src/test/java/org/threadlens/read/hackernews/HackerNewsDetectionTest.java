package org.threadlens.read.hackernews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.read.hackernews.HnReads.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlens.plugin.PluginManifest;
import org.threadlens.plugin.PluginManifestParser;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputSample;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadReaders;

/** Detection by content: each Hacker News shape goes to its reader, and other platforms' JSON to neither. */
class HackerNewsDetectionTest {
    private final HackerNewsReader firebase = new HackerNewsReader();
    private final HackerNewsAlgoliaReader algolia = new HackerNewsAlgoliaReader();

    /** Asserts which of the two readers claims the sample: "firebase", "algolia" or "none". */
    private void assertClaimedBy(String expected, String head) {
        InputSample sample = new InputSample("x.json", head);
        String claimedBy = firebase.recognizes(sample) ? (algolia.recognizes(sample) ? "both" : "firebase")
                : algolia.recognizes(sample) ? "algolia" : "none";
        assertEquals(expected, claimedBy, head);
    }

    @ParameterizedTest
    @ValueSource(strings = {"story-8001.json", "comment-8007.json", "comments-array.json", "comments.ndjson", "job-9001.json",
        "poll.ndjson", "user.json", "bigquery-export.ndjson"})
    void firebaseItemsAndUsersGoToTheHackernewsReader(String name) throws Exception {
        assertEquals(HackerNewsReader.NAME, ThreadReaders.detect(InputFile.of(fixture("hackernews/" + name).toString())).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"story-tree.json", "comment-tree.json", "trees.ndjson", "trees-array.json"})
    void algoliaTreesGoToTheAlgoliaReader(String name) throws Exception {
        assertEquals(HackerNewsAlgoliaReader.NAME,
                ThreadReaders.detect(InputFile.of(fixture("hackernews-algolia/" + name).toString())).name());
    }

    @Test
    void otherPlatformsJsonIsLeftAlone() {
        assertClaimedBy("none", "{\"kind\": \"Listing\", \"data\": {\"after\": null, \"children\": [{\"kind\": \"t3\", "
                + "\"data\": {\"id\": \"1abcd2e\", \"title\": \"x\", \"created_utc\": 1704067200.0}}]}}");
        assertClaimedBy("none", "[{\"kind\": \"Listing\", \"data\": {\"children\": []}}, {\"kind\": \"Listing\", \"data\": {}}]");
        assertClaimedBy("none", "{\"author\":\"someone\",\"body\":\"text\",\"created_utc\":1577836800,\"id\":\"fc1abcd\","
                + "\"link_id\":\"t3_ei0abc\",\"parent_id\":\"t3_ei0abc\",\"score\":3,\"subreddit\":\"AskReddit\"}\n");
        assertClaimedBy("none", "{\"id\": \"u0\", \"speaker\": \"alice\", \"conversation_id\": \"u0\", \"reply_to\": null, "
                + "\"timestamp\": 1, \"text\": \"hi\", \"meta\": {}, \"vectors\": []}\n");
        assertClaimedBy("none", "{\"objectID\":\"6300\",\"author\":\"pg\",\"created_at_i\":1,\"story_id\":6300,\"_tags\":[\"story\"]}\n");
        assertClaimedBy("none", "{\"hits\": [], \"nbHits\": 0, \"page\": 0}");
    }

    @Test
    void genericJsonLinesIsLeftAlone() {
        assertClaimedBy("none", "{\"id\": 1, \"type\": \"comment\", \"time\": 1700000000, \"user\": \"x\", \"body\": \"hi\"}\n");
        assertClaimedBy("none", "{\"id\": 1, \"type\": \"story\", \"title\": \"no author, no time\"}\n");
        assertClaimedBy("none", "{\"id\": \"a1\", \"type\": \"comment\", \"by\": \"x\", \"time\": 1}\n");
        assertClaimedBy("none", "Post Title: x\nAuthor: y\n");
        assertClaimedBy("none", "");
    }

    @Test
    void theTwoHackerNewsShapesAreTold() {
        assertClaimedBy("firebase", "{\"by\":\"pg\",\"id\":1,\"time\":1160418111,\"title\":\"Y Combinator\",\"type\":\"story\"}");
        assertClaimedBy("algolia", "{\"id\":1,\"created_at\":\"2006-10-09T18:21:51.000Z\",\"author\":\"pg\",\"title\":\"Y Combinator\","
                + "\"points\":57,\"parent_id\":null,\"children\":[]}");
    }

    @Test
    void anAlgoliaTreeCutInsideItsChildrenIsStillRecognized() throws Exception {
        String tree = Files.readString(fixture("hackernews-algolia/story-tree.json"));
        int cut = tree.indexOf("\"created_at_i\": 1700000900") + 20; // inside the third level, before the root's own fields
        assertClaimedBy("algolia", tree.substring(0, cut));
    }

    @Test
    void aCrawlWithFieldsOfItsOwnIsNotDetectedButReadsWhenForced(@TempDir Path dir) throws Exception {
        Path crawl = dir.resolve("crawl.ndjson");
        Files.writeString(crawl, "{\"by\":\"pg\",\"id\":1,\"time\":1160418111,\"title\":\"Y Combinator\",\"type\":\"story\","
                + "\"fetched_at\":1700000000}\n");
        assertFalse(firebase.recognizes(InputFile.of(crawl.toString()).sample()));
        assertEquals("Y Combinator", HnReads.read(firebase, List.of(crawl)).thread("1").title());
    }

    @Test
    void userProfilesAreRecognizedSoThatTheReaderCanSayWhatTheyAre() {
        assertTrue(firebase.recognizes(new InputSample("user_jl.json",
                "{\n \"about\": \"This is a test\",\n \"created\": 1173923446,\n \"id\": \"jl\",\n \"karma\": 2937,\n \"submitted\": [1]\n}")));
    }

    @Test
    void pluginXmlDescribesBothReadersAsTheyDescribeThemselves() throws Exception {
        PluginManifest manifest = PluginManifestParser.fromClasspath();
        for (ThreadReader r : List.<ThreadReader>of(firebase, algolia)) {
            PluginManifest.Extension declared = manifest.extensions().stream().filter(e -> e.id().equals(r.name()))
                    .findFirst().orElseThrow(() -> new AssertionError(r.name() + " is not in plugin.xml"));
            assertEquals(r.getClass().getName(), declared.className());
            assertEquals(r.description(), declared.description());
        }
    }
}
