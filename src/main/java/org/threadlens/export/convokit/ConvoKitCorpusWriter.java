package org.threadlens.export.convokit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadlens.BuildInfo;
import org.threadlens.export.AtomicDirectory;
import org.threadlens.export.DirectoryExportWriter;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.thread.Comment;

/**
 * Writes a ConvoKit corpus directory: utterances and conversations as threads arrive (conversations.json is one
 * JSON object written entry by entry), then speakers.json, corpus.json and index.json once the types and
 * speakers are known. JSON is written ASCII-only, as ConvoKit's own {@code json.dump} does, so that Python reads
 * it whatever the locale's encoding. Memory holds the set of speaker ids. Not thread-safe.
 */
final class ConvoKitCorpusWriter extends DirectoryExportWriter {
    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** index.json's version, as a first {@code Corpus.dump} writes it. */
    static final int INDEX_VERSION = 1;

    private final String name;
    private final Writer utterances;
    private final JsonGenerator conversations;
    private final Set<String> speakers = new LinkedHashSet<>();
    private final MetaIndex utteranceIndex = new MetaIndex();
    private final MetaIndex conversationIndex = new MetaIndex();

    ConvoKitCorpusWriter(AtomicDirectory dir, String name) throws IOException {
        super(dir, ConvoKitExporter.NAME);
        this.name = name;
        try {
            this.utterances = dir.newWriter("utterances.jsonl");
            this.conversations = JSON.getFactory().createGenerator(dir.newWriter("conversations.json"));
            conversations.writeStartObject();
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    @Override
    public void write(AnnotatedThread r) throws IOException {
        for (Comment c : r.thread().comments()) {
            JsonNode u = JSON.valueToTree(ConvoKitJson.utterance(r.thread(), c, r.annotationsOf(c)));
            utteranceIndex.note(u.get("meta"));
            speakers.add(ConvoKitJson.speaker(c));
            utterances.write(JSON.writeValueAsString(u));
            utterances.write('\n');
        }
        JsonNode conversation = JSON.valueToTree(ConvoKitJson.conversation(r));
        conversationIndex.note(conversation.get("meta"));
        conversations.writeFieldName(r.thread().id());
        conversations.writeTree(conversation);
    }

    @Override
    protected void finish() throws IOException {
        conversations.writeEndObject();
        conversations.close();
        Map<String, Entry> speakerEntries = new LinkedHashMap<>();
        speakers.forEach(s -> speakerEntries.put(s, new Entry(Map.of(), List.of())));
        JSON.writeValue(dir.newWriter("speakers.json"), speakerEntries);
        ObjectNode corpus = JSON.createObjectNode();
        corpus.put("name", name);
        corpus.put("generator", "ThreadLens " + BuildInfo.threadLensVersion());
        JSON.writeValue(dir.newWriter("corpus.json"), corpus);
        MetaIndex overall = new MetaIndex();
        overall.note(corpus);
        JSON.writeValue(dir.newWriter("index.json"), new Index(utteranceIndex.types(), Map.of(),
                conversationIndex.types(), overall.types(), INDEX_VERSION, List.of()));
    }

    /** A speaker's entry in speakers.json (ConvoKit's own: empty metadata, no vectors). */
    record Entry(Map<String, Object> meta, List<String> vectors) {
    }

    /** index.json: the metadata types of each component, as {@code ConvoKitIndex.dump} writes them. */
    record Index(@JsonProperty("utterances-index") Map<String, Set<String>> utterances,
                 @JsonProperty("speakers-index") Map<String, Set<String>> speakers,
                 @JsonProperty("conversations-index") Map<String, Set<String>> conversations,
                 @JsonProperty("overall-index") Map<String, Set<String>> overall, int version, List<String> vectors) {
    }
}
