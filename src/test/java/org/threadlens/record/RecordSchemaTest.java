package org.threadlens.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.record.RecordSchema.assertConforms;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;
import org.threadlens.thread.Unfetched;

/** Records as the writer writes them conform to threadlens-1.schema.json, and records that break it do not. */
class RecordSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every optional part filled: a quote of the parent, a deleted and an orphan comment, unscorable text. */
    private static final DiscussionThread THREAD = new ThreadBuilder("reddit", "t1", new SourceRef("test", "memory"))
            .community("test").title("Ada Lovelace wrote the first program").url("https://example.org/t1")
            .createdUtc(1_600_000_000L).declaredCommentCount(7).unfetched(new Unfetched(1, 2))
            .add(post("t1", "Ask Ada Lovelace &amp; friends, or r/AskHistorians. This is great!"))
            .add(reply("c1", "t1", "What a waste of time."))
            .add(reply("c2", "c1", "> What a waste of time.\n\nNo, Grace Hopper agrees it is great. NOSENTIMENT here."))
            .add(new Comment("c3", "t1", CommentKind.COMMENT, 1, "[deleted]", null, null, "[deleted]",
                    Set.of(CommentFlag.DELETED)))
            .add(reply("c4", "gone", "\uD83D\uDE00 An orphan says Bob is great."))
            .build();

    /** Mentions resolved as org.threadlens.entity would: merged, linked, one left apart for ambiguity. */
    private static final Map<String, Records.Resolution> RESOLVED = Map.of(
            "Lovelace", new Records.Resolution("Ada Lovelace", "Ada_Lovelace", List.of()),
            "Hopper", new Records.Resolution("Grace Hopper", "Grace_Hopper", List.of()),
            "Bob", new Records.Resolution("Bob", null, List.of("Bob Dylan", "Bob Marley")));

    private static String annotated(boolean tokens) {
        return new ThreadRecordWriter(tokens).toJson(Records.annotateResolved(THREAD, RESOLVED));
    }

    @Test
    void theSchemaIsADraft202012Schema() {
        assertEquals(List.of(), RecordSchema.metaSchemaViolations(RecordSchema.tree()).stream()
                .map(RecordSchema::describe).toList());
        ObjectNode broken = (ObjectNode) RecordSchema.tree();
        broken.put("required", "schema");
        assertFalse(RecordSchema.metaSchemaViolations(broken).isEmpty(), "a 'required' that is not an array");
    }

    @Test
    void aFullyAnnotatedRecordConformsWithTokensAndWithout() {
        String withTokens = annotated(true);
        for (String part : new String[] {"\"tokens\":[{", "\"sourceId\":\"c1\"", "\"orphan\"", "\"deleted\"",
                "\"unfetched\":{", "\"sentiment\":null", "\"scorer\":\"corenlp\"},\"scores\":{\"", "\"normalized\":\"",
                "\"dynamics\":{", "\"rollUps\":{\"author\"",
                "\"entity\":\"Ada Lovelace\",\"link\":\"Ada_Lovelace\"}", "\"entity\":null,\"link\":null}",
                "\"link\":null,\"ambiguous\":[\"Bob Dylan\",\"Bob Marley\"]}",
                "\"type\":\"PERSON\",\"link\":\"Grace_Hopper\",\"aliases\""}) {
            assertTrue(withTokens.contains(part), "the fixture should exercise " + part + ": " + withTokens);
        }
        assertConforms("annotated with tokens", withTokens);
        assertConforms("annotated without tokens", annotated(false));
    }

    @Test
    void aStructureOnlyRecordConforms() {
        AnnotatedThread structure = AnnotatedThread.structureOnly(THREAD, Provenance.structureOnly("test"));
        String json = new ThreadRecordWriter(false).toJson(structure);
        assertFalse(json.contains("\"annotations\""), json);
        assertConforms("structure only", json);
    }

    @Test
    void aThreadWithoutPostTitleOrAnySentimentConforms() {
        DiscussionThread repliesOnly = new ThreadBuilder("hackernews", "8001", new SourceRef("test", "memory"))
                .add(reply("8002", "8001", "NOSENTIMENT at all.")).add(reply("8003", "8002", "")).build();
        String json = new ThreadRecordWriter(true).toJson(Records.annotate(repliesOnly));
        assertTrue(json.contains("\"flags\":[\"post-missing\"]") && json.contains("\"titleAnnotations\":null")
                && json.contains("\"summary\":{\"sentiment\":null"), json);
        assertConforms("replies only", json);
    }

    @Test
    void aTextSkippedForItsLanguageConforms() {
        AnnotatedThread a = Records.annotateWithScorers(THREAD);
        Map<String, TextAnnotations> comments = new HashMap<>(a.comments());
        comments.put("c1", TextAnnotations.skippedForLanguage("deu"));
        comments.put("c2", comments.get("c2").withLanguage("nld"));
        String json = new ThreadRecordWriter(true).toJson(
                new AnnotatedThread(a.thread(), a.title(), comments, a.summary(), a.provenance()));
        assertTrue(json.contains("{\"layers\":[],\"language\":\"deu\",\"sentences\":[]"), json);
        assertConforms("skipped for language", json);
    }

    @Test
    void aRecordWithSyntaxConforms() {
        String json = new ThreadRecordWriter(true).toJson(Records.withSyntax(Records.annotateResolved(THREAD, RESOLVED)));
        for (String part : new String[] {"\"lemmas\",\"syntax\",", "\"feats\":\"Number=Sing\",\"head\":0,\"deprel\":\"root\"}",
                "\"feats\":null,\"head\":1,\"deprel\":\"dep\"}"}) {
            assertTrue(json.contains(part), "the fixture should exercise " + part + ": " + json);
        }
        assertConforms("with syntax", json);
    }

    // What breaks the schema: each case changes one field of a conforming record.

    @Test
    void aMissingRequiredFieldFails() {
        assertRejected("/comments/1", "required", r -> comment(r, 1).remove("text"));
        assertRejected("", "required", r -> r.remove("provenance"));
        assertRejected("/comments/1/annotations", "required", r -> annotations(r, 1).remove("quotes"));
    }

    @Test
    void aValueOutsideItsEnumerationFails() {
        assertRejected("/comments/1/kind", "enum", r -> comment(r, 1).put("kind", "reply"));
        assertRejected("/comments/1/flags/0", "enum", r -> ((ArrayNode) comment(r, 1).get("flags")).add("spam"));
        assertRejected("/comments/1/annotations/sentiment/label", "enum",
                r -> ((ObjectNode) annotations(r, 1).get("sentiment")).put("label", "very negative"));
    }

    @Test
    void aSentenceLabelThatDisagreesWithItsValueFails() {
        assertRejected("/comments/1/annotations/sentences/0/sentiment", "oneOf",
                r -> ((ObjectNode) annotations(r, 1).get("sentences").get(0).get("sentiment")).put("value", 4));
    }

    @Test
    void anUnknownOrMisspelledFieldFails() {
        assertRejected("", "additionalProperties", r -> r.put("titel", "A title"));
        assertRejected("/comments/1/annotations", "additionalProperties",
                r -> annotations(r, 1).set("sentimnet", annotations(r, 1).get("sentiment")));
        assertRejected("/summary", "additionalProperties", r -> ((ObjectNode) r.get("summary")).putArray("links"));
        assertRejected("/provenance", "maxProperties", r -> ((ObjectNode) r.get("provenance")).put("model", "x"));
    }

    @Test
    void aNegativeOffsetOrAProbabilityAboveOneFails() {
        assertRejected("/comments/1/annotations/sentences/0/begin", "minimum",
                r -> ((ObjectNode) annotations(r, 1).get("sentences").get(0)).put("begin", -1));
        assertRejected("/comments/2/annotations/quotes/0/end", "minimum",
                r -> ((ObjectNode) annotations(r, 2).get("quotes").get(0)).put("end", -3));
        assertRejected("/comments/1/annotations/sentiment/distribution/1", "maximum",
                r -> ((ArrayNode) annotations(r, 1).get("sentiment").get("distribution")).set(1, 1.5));
    }

    @Test
    void aLinkThatIsNotATitleOrAnEmptyAmbiguityFails() throws Exception {
        int lovelace = entityIndex(0, "Lovelace");
        assertRejected("/comments/0/annotations/entities/" + lovelace + "/link", "pattern",
                r -> ((ObjectNode) annotations(r, 0).get("entities").get(lovelace)).put("link", "Ada Lovelace"));
        int bob = entityIndex(4, "Bob");
        assertRejected("/comments/4/annotations/entities/" + bob + "/ambiguous", "minItems",
                r -> ((ObjectNode) annotations(r, 4).get("entities").get(bob)).putArray("ambiguous"));
        assertRejected("/summary/entities/0/link", "type",
                r -> ((ObjectNode) r.get("summary").get("entities").get(0)).put("link", 7));
    }

    /** The position of the mention {@code text} among comment {@code comment}'s entities. */
    private static int entityIndex(int comment, String text) throws Exception {
        JsonNode entities = annotations((ObjectNode) JSON.readTree(annotated(false)), comment).get("entities");
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).get("text").asText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("the fixture's comment " + comment + " has no mention '" + text + "': " + entities);
    }

    /** Records written before mentions were resolved and linked lack the three fields, and still conform. */
    @Test
    void aRecordWithoutEntityLinkAndAmbiguityConforms() throws Exception {
        ObjectNode r = (ObjectNode) JSON.readTree(annotated(false));
        for (JsonNode c : r.get("comments")) {
            for (JsonNode e : c.get("annotations").get("entities")) {
                ((ObjectNode) e).remove(List.of("entity", "link", "ambiguous"));
            }
        }
        r.get("summary").get("entities").forEach(e -> ((ObjectNode) e).remove("link"));
        assertConforms("without the fields of resolution", JSON.writeValueAsString(r));
    }

    @Test
    void aTokenWithPartOfItsSyntaxFails() {
        assertRejected("/comments/1/annotations/tokens/0", "dependentRequired",
                r -> ((ObjectNode) annotations(r, 1).get("tokens").get(0)).put("upos", "NOUN"));
        assertRejected("/comments/1/annotations/tokens/0/upos", "enum",
                r -> ((ObjectNode) annotations(r, 1).get("tokens").get(0)).put("upos", "NN").put("head", 0)
                        .put("deprel", "root"));
    }

    @Test
    void aPostWithAParentFails() {
        assertRejected("/comments/0/parentId", "type", r -> comment(r, 0).put("parentId", "t0"));
    }

    private static ObjectNode comment(ObjectNode record, int index) {
        return (ObjectNode) record.get("comments").get(index);
    }

    private static ObjectNode annotations(ObjectNode record, int index) {
        return (ObjectNode) comment(record, index).get("annotations");
    }

    /** Changes a conforming record and expects a violation of {@code keyword} at {@code location} (a JSON Pointer). */
    private static void assertRejected(String location, String keyword, Consumer<ObjectNode> change) {
        ObjectNode record;
        try {
            record = (ObjectNode) JSON.readTree(annotated(true));
        } catch (Exception e) {
            throw new AssertionError("the writer's record is not JSON", e);
        }
        change.accept(record);
        List<Error> errors = RecordSchema.violations(record);
        List<String> described = errors.stream().map(RecordSchema::describe).toList();
        assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().equals(location)
                && e.getKeyword().equals(keyword)),
                "expected a '" + keyword + "' violation at " + location + ", got " + described);
    }
}
