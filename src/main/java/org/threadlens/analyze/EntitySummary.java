package org.threadlens.analyze;

import java.util.List;
import java.util.Objects;

/**
 * One entity across the thread.
 *
 * @param name       its most frequent surface form
 * @param type       the entity type
 * @param mentions       how many times authors mention it in their own words (title included)
 * @param quotedMentions how many times it appears inside quotes of someone else's words
 * @param commentIds     the comments that mention it, quoted or not, in thread order (the post's id for the title)
 */
public record EntitySummary(String name, String type, int mentions, int quotedMentions, List<String> commentIds) {
    public EntitySummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        commentIds = List.copyOf(commentIds);
        if (mentions < 0 || quotedMentions < 0 || mentions + quotedMentions < 1) {
            throw new IllegalArgumentException("entity " + name + " has " + mentions + " mentions and " + quotedMentions
                    + " quoted ones");
        }
    }
}
