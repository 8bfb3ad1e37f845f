package org.threadlens.analyze;

import java.util.List;
import java.util.Objects;

/**
 * One thing the thread talks about, its mentions merged across the thread.
 *
 * @param name             its fullest most frequent form ("Ilya Sutskever" rather than "Sutskever")
 * @param type             the entity type
 * @param link             nullable: its English Wikipedia article title, where its mentions were linked
 * @param aliases          every surface form merged into it, most frequent first
 * @param mentions         how many times authors mention it in their own words (title included)
 * @param quotedMentions   how many times it appears inside quotes of someone else's words
 * @param commentIds       the comments that mention it, quoted or not, in thread order (the post's for the title)
 * @param authors          the authors of those comments, in order of first mention
 * @param firstMentionUtc  nullable: when it was first mentioned (epoch seconds)
 * @param lastMentionUtc   nullable: when it was last mentioned
 * @param sentiment        nullable: the sentiment of the unquoted sentences that mention it (one vote per
 *                         sentence); absent without sentiment
 */
public record EntitySummary(String name, String type, String link, List<String> aliases, int mentions, int quotedMentions,
                            List<String> commentIds, List<String> authors, Long firstMentionUtc, Long lastMentionUtc,
                            SentimentSummary sentiment) {
    public EntitySummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        commentIds = List.copyOf(commentIds);
        authors = List.copyOf(authors);
        if (mentions < 0 || quotedMentions < 0 || mentions + quotedMentions < 1) {
            throw new IllegalArgumentException("entity " + name + " has " + mentions + " mentions and " + quotedMentions
                    + " quoted ones");
        }
    }
}
