package org.threadlens.read.convokit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.threadlens.json.JsonLimits;
import org.threadlens.read.FlatThreadInfo;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.JsonErrors;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadGrouper;

/**
 * Reads {@code conversations.json} ({@code {"<conversation id>": {"meta": {...}, "vectors": [...]}, ...}}, or
 * in older corpora {@code {"<conversation id>": {...meta...}}}) entry by entry with a streaming parser, so that
 * a file of millions of conversations is never held whole; each entry's info goes to the grouper.
 * Metadata is optional: a file that breaks off is reported once and the entries before the break are kept.
 */
final class ConversationsFile {
    private ConversationsFile() {
    }

    static void read(InputFile file, ConvoKitCorpus.Facts facts, ThreadGrouper grouper, ReadProblems problems)
            throws IOException, InputFormatException {
        try (JsonParser p = JsonLimits.FACTORY.createParser(file.openUtf8())) {
            try {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    problems.skipped(new ReadProblem(file.name(), p.currentLocation().getLineNr(),
                            "expected a JSON object of conversation id to metadata, found " + p.currentToken()
                                    + "; conversation metadata not read"));
                    return;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String id = p.currentName();
                    p.nextToken();
                    JsonNode entry = JsonLimits.MAPPER.readTree(p);
                    FlatThreadInfo info = info(entry, facts);
                    if (info != null) {
                        grouper.addInfo(id, info);
                    }
                }
            } catch (IOException e) {
                String why = e instanceof JsonProcessingException j ? JsonErrors.describe(j) : e.getMessage();
                problems.skipped(new ReadProblem(file.name(), p.currentLocation().getLineNr(), "expected JSON: "
                        + why + "; conversation metadata from here on not read"));
            }
        }
    }

    /** What one entry says: title, community, platform and comment count; null if it is not an object. */
    static FlatThreadInfo info(JsonNode entry, ConvoKitCorpus.Facts facts) {
        if (entry == null || !entry.isObject()) {
            return null;
        }
        JsonNode meta = Meta.object(entry, "meta");
        if (meta == null) {
            meta = entry;
        }
        String subreddit = Meta.string(meta, "subreddit");
        String platform = Meta.string(meta, "platform");
        if (platform == null) {
            platform = facts.platform() != null ? facts.platform() : subreddit != null ? "reddit" : null;
        }
        return new FlatThreadInfo(Meta.string(meta, "title"), subreddit != null ? subreddit : Meta.string(meta, "community"),
                platform, null, Meta.integer(meta, "num_comments"));
    }
}
