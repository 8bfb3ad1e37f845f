package org.threadlens.entity;

import java.util.Objects;
import org.threadlens.annotate.EntityMention;

/**
 * A mention where it stands in the thread: the text that holds it ({@code null} id for the title). A text has
 * at most one mention of a span and type, so the pair is a key.
 */
record MentionRef(String textId, EntityMention mention) {
    MentionRef {
        Objects.requireNonNull(mention, "mention");
    }

    MentionRef with(EntityMention changed) {
        return new MentionRef(textId, changed);
    }
}
