package org.threadlens.export.convokit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.export.ExportFixtures.rich;
import static org.threadlens.export.ExportFixtures.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.export.ExportFixtures;
import org.threadlens.export.ExportOptions;
import org.threadlens.read.InputFile;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadStream;
import org.threadlens.read.Utf8Lines;
import org.threadlens.read.convokit.ConvoKitReader;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

class ConvoKitExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path export(AnnotatedThread... threads) throws Exception {
        Path out = dir.resolve("corpus");
        ExportFixtures.export(new ConvoKitExporter(), out, ExportOptions.defaults(), threads);
        return out;
    }

    /** Reads a corpus directory with ThreadLens's own ConvoKit reader, asserting it reports no problem. */
    private List<DiscussionThread> readBack(Path corpus) throws Exception {
        ReadProblems problems = ReadProblems.collecting();
        Path work = Files.createDirectories(dir.resolve("work"));
        ReadContext ctx = new ReadContext(problems, new ReadOptions(Map.of(), work, Utf8Lines.DEFAULT_MAX_LINE_BYTES));
        List<DiscussionThread> out = new ArrayList<>();
        try (ThreadStream s = new ConvoKitReader().open(List.of(InputFile.of(corpus.toString())), ctx)) {
            for (DiscussionThread t = s.read(); t != null; t = s.read()) {
                out.add(t);
            }
        }
        assertEquals(List.of(), problems.kept(), "problems reading it back");
        assertEquals(0, problems.failedInputs());
        return out;
    }

    /** A thread as it was, with the source it was read from in place of its own. */
    private static DiscussionThread from(DiscussionThread t, SourceRef source) {
        return new DiscussionThread(t.platform(), t.id(), t.community(), t.title(), t.url(), t.createdUtc(), source,
                t.declaredCommentCount(), t.unfetched(), t.comments(), t.flags());
    }

    @Test
    void roundTripThroughTheConvoKitReaderGivesBackTheSameThreads() throws Exception {
        List<AnnotatedThread> exported = List.of(rich("t1"), rich("t2", "MachineLearning", 1_704_153_600L));
        List<DiscussionThread> back = readBack(export(exported.toArray(AnnotatedThread[]::new)));
        assertEquals(2, back.size());
        for (int i = 0; i < back.size(); i++) {
            DiscussionThread read = back.get(i);
            assertEquals(ConvoKitReader.NAME, read.source().format());
            assertEquals(exported.get(i).thread().comments(), read.comments());
            assertEquals(from(exported.get(i).thread(), read.source()), read);
        }
    }

    @Test
    void theDirectoryHoldsTheFilesConvoKitLoadsWrittenInAscii() throws Exception {
        Path out = export(rich("t1"));
        assertEquals(List.of("conversations.json", "corpus.json", "index.json", "provenance.json", "speakers.json",
                "utterances.jsonl"), tree(out));
        for (String f : tree(out)) {
            byte[] bytes = Files.readAllBytes(out.resolve(f));
            for (byte b : bytes) {
                assertTrue(b >= 0, f + " is ASCII, as ConvoKit's json.dump writes it");
            }
        }
        Set<String> speakers = new HashSet<>();
        JSON.readTree(out.resolve("speakers.json").toFile()).fieldNames().forEachRemaining(speakers::add);
        for (String line : Files.readAllLines(out.resolve("utterances.jsonl"))) {
            JsonNode u = JSON.readTree(line);
            List<String> keys = new ArrayList<>();
            u.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("id", "conversation_id", "text", "speaker", "meta", "reply-to", "timestamp", "vectors"), keys);
            assertTrue(speakers.contains(u.get("speaker").textValue()), "every speaker is in speakers.json");
        }
        JsonNode index = JSON.readTree(out.resolve("index.json").toFile());
        List<String> keys = new ArrayList<>();
        index.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("utterances-index", "speakers-index", "conversations-index", "overall-index", "version",
                "vectors"), keys);
        assertEquals("[\"<class 'int'>\",\"<class 'NoneType'>\"]", index.get("utterances-index").get("score").toString(),
                "the deleted comment has no score");
        assertEquals("[\"<class 'dict'>\",\"<class 'NoneType'>\"]", index.get("utterances-index").get("sentiment").toString(),
                "the deleted comment has no sentiment");
        assertEquals("corpus", JSON.readTree(out.resolve("corpus.json").toFile()).get("name").textValue());
    }

    @Test
    void utterancesCarryTheirSentimentAndEntitiesAndConversationsTheThreadsSummary() throws Exception {
        Path out = export(rich("t1"));
        JsonNode reply = JSON.readTree(Files.readAllLines(out.resolve("utterances.jsonl")).get(1));
        assertEquals("t1", reply.get("reply-to").textValue());
        assertEquals("negative", reply.at("/meta/sentiment/label").textValue());
        assertEquals("Carol", reply.at("/meta/entities/1/text").textValue());
        assertTrue(reply.at("/meta/entities/0/quoted").booleanValue(), "Alice is named inside the quote");
        JsonNode conversation = JSON.readTree(out.resolve("conversations.json").toFile()).get("t1");
        assertEquals("Launch day for Alice", conversation.at("/meta/title").textValue());
        assertEquals("space", conversation.at("/meta/community").textValue());
        assertEquals("positive", conversation.at("/meta/sentiment/label").textValue());
        assertEquals("Alice", conversation.at("/meta/entities/0/name").textValue());
    }

    @Test
    void entitiesCarryTheirEntityAndLinkAsTheRecordDoes() throws Exception {
        Path out = export(ExportFixtures.linked("t1"));
        JsonNode post = JSON.readTree(Files.readAllLines(out.resolve("utterances.jsonl")).get(0));
        assertEquals("{\"text\":\"Alice\",\"type\":\"PERSON\",\"begin\":8,\"end\":13,\"sentence\":0,\"quoted\":false,"
                + "\"entity\":\"Alice Liddell\",\"link\":\"Alice_Liddell\"}", post.at("/meta/entities/0").toString());
        assertEquals("[\"Bob Dylan\",\"Bob Marley\"]", post.at("/meta/entities/1/ambiguous").toString());
        JsonNode alice = JSON.readTree(out.resolve("conversations.json").toFile()).at("/t1/meta/entities/0");
        assertEquals("Alice Liddell PERSON Alice_Liddell", alice.get("name").textValue() + " "
                + alice.get("type").textValue() + " " + alice.get("link").textValue());
    }

    @Test
    void aCommentWithoutAuthorIsSpokenByTheUnknownSpeaker() throws Exception {
        DiscussionThread t = new ThreadBuilder("hackernews", "9", new SourceRef("test", "memory"))
                .add(new Comment("9", null, CommentKind.POST, 0, null, null, 1_600_000_000L, "Ask HN: anyone?", Set.of()))
                .build();
        Path out = export(Records.annotate(t));
        JsonNode u = JSON.readTree(Files.readAllLines(out.resolve("utterances.jsonl")).get(0));
        assertEquals(ConvoKitJson.UNKNOWN_SPEAKER, u.get("speaker").textValue());
        assertEquals("hackernews", readBack(out).get(0).platform());
    }
}
