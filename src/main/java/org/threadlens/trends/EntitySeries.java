package org.threadlens.trends;

import java.util.List;
import java.util.Objects;

/**
 * One entity over time. Entities are grouped as {@code corpus_entities} groups them: by Wikipedia link where
 * the threads linked them, else by type and case-folded name.
 *
 * @param key      the grouping key: {@code link:TITLE} or {@code name:TYPE:lower-case name}
 * @param name     the form most mentioned in the store
 * @param type     the type most mentioned
 * @param link     nullable: the English Wikipedia title
 * @param cells    the periods in which it is mentioned, by community, in time order
 */
public record EntitySeries(String key, String name, String type, String link, List<EntityCell> cells) {
    public EntitySeries {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        cells = List.copyOf(cells);
    }

    /** How the entity is shown: its name, type and link. */
    public String label() {
        return name + " (" + type + (link == null ? "" : ", wiki " + link) + ")";
    }
}
