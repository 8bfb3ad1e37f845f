package org.threadlens.read.pushshift;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.threadlens.json.JsonLimits;
import org.threadlens.read.InputSample;

/**
 * Content detection for dumps: the first line is a JSON object whose top-level keys are those of a
 * Pushshift / Arctic Shift comment or submission. Only key names are looked at, with a streaming parser, so
 * a first line longer than the sample is judged on the keys that fit. Stateless and thread-safe.
 */
final class DumpSniffer {
    private DumpSniffer() {
    }

    /**
     * True when the first line's object has {@code id} (or a {@code name} fullname), {@code created_utc},
     * {@code link_id} or {@code subreddit}/{@code subreddit_id}, the keys of a comment or a submission, and
     * none of the keys that mark neighbouring formats: {@code kind} (the Reddit API's Listings and Things),
     * {@code by}/{@code type}/{@code kids} (Hacker News items), {@code conversation_id}/{@code reply-to}/
     * {@code speaker} (ConvoKit utterances).
     */
    static boolean recognizes(InputSample sample) {
        if (sample.isDirectory() || sample.firstChar() != '{') {
            return false;
        }
        String head = sample.head();
        int newline = head.indexOf('\n', head.indexOf('{'));
        Set<String> keys = topLevelKeys(newline < 0 ? head : head.substring(0, newline));
        if (keys.contains("kind") || keys.contains("by") || keys.contains("type") || keys.contains("kids")
                || keys.contains("conversation_id") || keys.contains("reply-to") || keys.contains("speaker")) {
            return false;
        }
        boolean reddit = keys.contains("link_id") || keys.contains("subreddit") || keys.contains("subreddit_id");
        boolean identified = keys.contains("id") || keys.contains("name");
        boolean comment = keys.contains("link_id") || keys.contains("parent_id") || keys.contains("body");
        boolean submission = keys.contains("title") || keys.contains("selftext") || keys.contains("num_comments");
        return reddit && identified && keys.contains("created_utc") && (comment || submission);
    }

    /** The keys of the first object's top level, as far as the text goes (it may be cut). */
    private static Set<String> topLevelKeys(String firstLine) {
        Set<String> keys = new HashSet<>();
        try (JsonParser p = JsonLimits.FACTORY.createParser(firstLine)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return keys;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                keys.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException e) {
            // a cut or bad line: judge on the keys read before it
        }
        return keys;
    }
}
