package org.threadlens.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.threadlens.thread.Comments;
import org.threadlens.thread.DiscussionThread;

class ThreadRecordTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DiscussionThread THREAD = Comments.thread("t1",
            post("t1", "Ask Ada Lovelace &amp; friends. This is great!"),
            reply("c1", "t1", "What a waste of time."),
            reply("c2", "c1", "\uD83D\uDE00 Grace Hopper agrees."));

    private static List<String> fieldNames(JsonNode n) {
        return StreamSupport.stream(((Iterable<String>) n::fieldNames).spliterator(), false).toList();
    }

    @Test
    void aRecordHasTheDesignedFieldsInOrder() throws Exception {
        JsonNode r = JSON.readTree(new ThreadRecordWriter(false).toJson(Records.annotate(THREAD)));
        assertEquals(List.of("schema", "platform", "id", "community", "title", "url", "createdUtc", "source",
                "declaredComments", "unfetched", "flags", "titleAnnotations", "comments", "summary", "provenance"), fieldNames(r));
        assertEquals("threadlens/1", r.get("schema").asText());
        JsonNode c = r.get("comments").get(0);
        assertEquals(List.of("id", "parentId", "kind", "depth", "author", "score", "createdUtc", "text", "flags",
                "annotations"), fieldNames(c));
        assertEquals(List.of("layers", "sentences", "entities", "quotes", "scores", "sentiment"), fieldNames(c.get("annotations")));
        assertEquals(List.of("label", "value", "distribution", "scorer"),
                fieldNames(c.get("annotations").get("sentences").get(0).get("sentiment")));
        assertEquals(List.of("label", "score", "distribution", "method"), fieldNames(c.get("annotations").get("sentiment")));
        assertTrue(r.get("comments").get(1).get("parentId").asText().equals("t1"));
        assertEquals(List.of("text", "type", "begin", "end", "sentence", "quoted", "normalized", "entity", "link"),
                fieldNames(c.get("annotations").get("entities").get(0)), "ambiguous only where there is some");
        assertEquals(List.of("name", "type", "link", "aliases", "mentions", "quotedMentions", "comments", "authors",
                "firstMentionUtc", "lastMentionUtc", "sentiment"), fieldNames(r.get("summary").get("entities").get(0)));
    }

    /** Ken Bone's three forms, resolved by hand as org.threadlens.entity does: one entity, one link. */
    private static final DiscussionThread BONE = Comments.thread("t2",
            post("t2", "Ask Ken Bone anything."),
            reply("c1", "t2", "Is Bone real?"),
            reply("c2", "t2", "Yes, Kenneth wore red. So did Chris."));

    private static AnnotatedThread resolvedBone() {
        Records.Resolution bone = new Records.Resolution("Ken Bone", "Ken_Bone", List.of());
        return Records.annotateResolved(BONE, java.util.Map.of("Ken", bone, "Bone", bone, "Kenneth", bone,
                "Chris", new Records.Resolution("Chris", null, List.of("Chris Hardwick", "Chris Pratt"))));
    }

    @Test
    void aResolvedMentionCarriesItsEntityLinkAndAmbiguityAndRoundTrips() throws Exception {
        AnnotatedThread a = resolvedBone();
        String json = new ThreadRecordWriter(false).toJson(a);
        JsonNode r = JSON.readTree(json);
        JsonNode bone = r.at("/comments/1/annotations/entities/0");
        assertEquals("Bone", bone.get("text").asText());
        assertEquals("Ken Bone", bone.get("entity").asText());
        assertEquals("Ken_Bone", bone.get("link").asText());
        assertFalse(bone.has("ambiguous"), bone.toString());
        JsonNode chris = r.at("/comments/2/annotations/entities/1");
        assertEquals("{\"text\":\"Chris\",\"type\":\"PERSON\",\"begin\":30,\"end\":35,\"sentence\":1,"
                + "\"quoted\":false,\"normalized\":null,\"entity\":\"Chris\",\"link\":null,"
                + "\"ambiguous\":[\"Chris Hardwick\",\"Chris Pratt\"]}", chris.toString());
        JsonNode summary = r.at("/summary/entities/0");
        assertEquals("Ken Bone PERSON Ken_Bone 4", summary.get("name").asText() + " " + summary.get("type").asText()
                + " " + summary.get("link").asText() + " " + summary.get("mentions").asInt());
        assertEquals(a, new ThreadRecordParser().parse(new ThreadRecordWriter(true).toJson(a)));
    }

    /** Records written before mentions were resolved have no entity, link or ambiguous: they read as unresolved. */
    @Test
    void aRecordWithoutTheFieldsOfResolutionReadsAsUnresolved() throws Exception {
        AnnotatedThread a = Records.annotate(THREAD);
        String json = new ThreadRecordWriter(true).toJson(a);
        String old = json.replace(",\"entity\":null,\"link\":null", "").replace(",\"link\":null", "");
        assertFalse(old.contains("\"link\"") || old.contains("\"entity\""), old);
        assertEquals(a, new ThreadRecordParser().parse(old));
    }

    @Test
    void aLinkThatIsNotATitleIsRefusedNamingTheThreadAndTheMention() {
        String json = new ThreadRecordWriter(false).toJson(resolvedBone()).replace("\"Ken_Bone\"", "\"Ken Bone\"");
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> new ThreadRecordParser().parse(json));
        assertTrue(e.getMessage().startsWith("thread t2: entity 'Ken': link 'Ken Bone' is not a Wikipedia title"),
                e.getMessage());
    }

    @Test
    void entityOffsetsAreCodePointsIntoTheUnchangedText() throws Exception {
        JsonNode r = JSON.readTree(new ThreadRecordWriter(false).toJson(Records.annotate(THREAD)));
        JsonNode c2 = r.get("comments").get(2);
        JsonNode grace = c2.get("annotations").get("entities").get(1);
        assertEquals("Hopper", grace.get("text").asText());
        // after one emoji (1 code point) and "Grace ": Python's text[8:14]
        assertEquals(8, grace.get("begin").asInt());
        assertEquals(14, grace.get("end").asInt());
    }

    @Test
    void tokensAppearOnlyWhenAskedFor() throws Exception {
        AnnotatedThread a = Records.annotate(THREAD);
        assertFalse(new ThreadRecordWriter(false).toJson(a).contains("\"tokens\":["));
        assertTrue(new ThreadRecordWriter(true).toJson(a).contains("\"tokens\":["));
    }

    @Test
    void writeThenParseGivesTheSameRecord() throws Exception {
        AnnotatedThread a = Records.annotate(THREAD);
        assertEquals(a, new ThreadRecordParser().parse(new ThreadRecordWriter(true).toJson(a)));
    }

    @Test
    void aTokensSyntaxFollowsItsOtherFieldsAndRoundTrips() throws Exception {
        AnnotatedThread a = Records.withSyntax(Records.annotate(THREAD));
        String json = new ThreadRecordWriter(true).toJson(a);
        JsonNode tokens = JSON.readTree(json).at("/comments/0/annotations/tokens");
        assertEquals("{\"begin\":0,\"end\":3,\"word\":\"Ask\",\"pos\":\"NN\",\"lemma\":\"ask\",\"ner\":\"O\","
                + "\"sentence\":0,\"upos\":\"NOUN\",\"feats\":\"Number=Sing\",\"head\":0,\"deprel\":\"root\"}",
                tokens.get(0).toString());
        assertEquals("{\"begin\":4,\"end\":7,\"word\":\"Ada\",\"pos\":\"NN\",\"lemma\":\"ada\",\"ner\":\"O\","
                + "\"sentence\":0,\"upos\":\"NOUN\",\"feats\":null,\"head\":1,\"deprel\":\"dep\"}",
                tokens.get(1).toString(), "feats null where the token has none");
        assertEquals(a, new ThreadRecordParser().parse(json));
        assertFalse(new ThreadRecordWriter(true).toJson(Records.annotate(THREAD)).contains("\"upos\""),
                "no syntax layer, no syntax fields");
    }

    @Test
    void aTokenWithPartOfItsSyntaxIsRefusedNamingTheTokenAndTheMissingField() {
        String json = new ThreadRecordWriter(true).toJson(Records.withSyntax(Records.annotate(THREAD)))
                .replace("\"head\":1,", "");
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> new ThreadRecordParser().parse(json));
        assertEquals("thread t1: token 'Ada' at 4: field 'head' is missing", e.getMessage());
    }

    /** Files written before a sentence's label had to be its distribution's argmax still load, labels as written. */
    @Test
    void anOldSentenceLabelThatIsNotTheArgmaxIsReadAsWritten() throws Exception {
        JsonNode r = JSON.readTree(new ThreadRecordWriter(false).toJson(Records.annotate(THREAD)));
        com.fasterxml.jackson.databind.node.ObjectNode sentiment = (com.fasterxml.jackson.databind.node.ObjectNode)
                r.get("comments").get(1).get("annotations").get("sentences").get(0).get("sentiment");
        assertEquals("negative", sentiment.get("label").asText());
        sentiment.put("label", "positive").put("value", 3);
        AnnotatedThread read = new ThreadRecordParser().parse(JSON.writeValueAsString(r));
        var s = read.annotationsOf(read.thread().comments().get(1)).sentences().get(0).sentiment();
        assertEquals(org.threadlens.annotate.SentimentLabel.POSITIVE, s.label());
        assertEquals(org.threadlens.annotate.SentimentLabel.NEGATIVE, s.distribution().argMax());
    }

    @Test
    void unicodeLineSeparatorsAreEscapedSoThatARecordStaysOneLineForEveryReader() throws Exception {
        DiscussionThread pasted = Comments.thread("t1", post("t1", "Copied from a page:\u2028first line\u2029next paragraph."));
        AnnotatedThread a = AnnotatedThread.structureOnly(pasted, Provenance.structureOnly("test"));
        String json = new ThreadRecordWriter(false).toJson(a);
        assertEquals(1, json.lines().count());
        assertFalse(json.contains("\u2028") || json.contains("\u2029"), json);
        assertTrue(json.contains("page:\\u2028first line\\u2029next"), json);
        assertEquals(a, new ThreadRecordParser().parse(json));
    }

    @Test
    void unfetchedRepliesRoundTrip() throws Exception {
        DiscussionThread partial = new org.threadlens.thread.ThreadBuilder("reddit", "t1",
                new org.threadlens.thread.SourceRef("test", "memory"))
                .unfetched(new org.threadlens.thread.Unfetched(2, 57)).add(post("t1", "Hi.")).build();
        AnnotatedThread a = AnnotatedThread.structureOnly(partial, Provenance.structureOnly("test"));
        String json = new ThreadRecordWriter(false).toJson(a);
        assertTrue(json.contains("\"unfetched\":{\"stubs\":2,\"comments\":57}"), json);
        assertEquals(a, new ThreadRecordParser().parse(json));
    }

    @Test
    void aStructureOnlyRecordRoundTrips() throws Exception {
        AnnotatedThread a = AnnotatedThread.structureOnly(THREAD, Provenance.structureOnly("test"));
        String json = new ThreadRecordWriter(false).toJson(a);
        assertFalse(json.contains("annotations"));
        assertEquals(a, new ThreadRecordParser().parse(json));
    }

    @Test
    void anotherSchemaIsRefusedNamingTheThread() {
        String json = new ThreadRecordWriter(false).toJson(Records.annotate(THREAD)).replace("threadlens/1", "threadlens/9");
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> new ThreadRecordParser().parse(json));
        assertTrue(e.getMessage().startsWith("thread t1: schema is 'threadlens/9'"), e.getMessage());
    }

    /** The readers' limits (JsonLimits), not Jackson's defaults (1,000 deep): a record is no deeper a hazard. */
    @Test
    void theParserKeepsTheReadersNestingLimit() throws Exception {
        String json = new ThreadRecordWriter(false).toJson(AnnotatedThread.structureOnly(THREAD, Provenance.structureOnly("test")));
        new ThreadRecordParser().parse(json.replace("\"schema\"", "\"extra\":" + "[".repeat(1_500) + "]".repeat(1_500) + ",\"schema\""));
        String deep = json.replace("\"schema\"", "\"extra\":" + "[".repeat(2_500) + "]".repeat(2_500) + ",\"schema\"");
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> new ThreadRecordParser().parse(deep));
        assertTrue(e.getMessage().startsWith("not JSON: Document nesting depth (2001) exceeds the maximum allowed (2000"),
                e.getMessage());
    }

    @Test
    void aRecordWithADuplicateKeyIsRefusedNamingTheKey() {
        String json = new ThreadRecordWriter(false).toJson(AnnotatedThread.structureOnly(THREAD, Provenance.structureOnly("test")))
                .replace("\"platform\":", "\"id\":\"t2\",\"platform\":");
        RecordFormatException e = assertThrows(RecordFormatException.class, () -> new ThreadRecordParser().parse(json));
        assertTrue(e.getMessage().startsWith("not JSON: Duplicate field 'id'"), e.getMessage());
    }

    @Test
    void aRecordWithEveryScorerRoundTrips() throws Exception {
        AnnotatedThread a = Records.annotateWithScorers(THREAD);
        assertEquals(a, new ThreadRecordParser().parse(new ThreadRecordWriter(true).toJson(a)));
    }
}
