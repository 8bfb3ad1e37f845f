package org.threadlens.entity;

import java.util.Objects;
import org.threadlens.annotate.EntityMention;

/**
 * A mention where it stands in the thread: the text that holds it ({@code null} id for the title) and its
 * index among that text's mentions.
 */
record MentionRef(String textId, int index, EntityMention mention) {
    MentionRef {
        Objects.requireNonNull(mention, "mention");
        if (index < 0) {
            throw new IllegalArgumentException("mention index " + index + " is negative");
        }
    }

    MentionRef with(EntityMention changed) {
        return new MentionRef(textId, index, changed);
    }
}
