package org.threadlens.analyze;

import java.util.List;
import java.util.Objects;

/**
 * One entity across the thread.
 *
 * @param name       its most frequent surface form
 * @param type       the entity type
 * @param mentions   how many times it is mentioned (title included)
 * @param commentIds the comments that mention it, in thread order (the post's id for the title)
 */
public record EntitySummary(String name, String type, int mentions, List<String> commentIds) {
    public EntitySummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        commentIds = List.copyOf(commentIds);
        if (mentions < 1) {
            throw new IllegalArgumentException("entity " + name + " has " + mentions + " mentions");
        }
    }
}
