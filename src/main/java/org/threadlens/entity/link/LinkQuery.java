package org.threadlens.entity.link;

import java.util.List;
import java.util.Objects;

/**
 * One thread-level entity to link: what {@link EntityLinker} decides on.
 *
 * @param name     the entity's fullest name in the thread ("Ken Bone", where comments also say "Bone")
 * @param type     its entity type ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code PRODUCT},
 *                 {@code MISC}, or CoreNLP's finer {@code CITY}, {@code STATE_OR_PROVINCE}, {@code COUNTRY})
 * @param surfaces its other surface forms in the thread, in any order (the name may be among them)
 */
public record LinkQuery(String name, String type, List<String> surfaces) {
    public LinkQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("link query: a blank entity name");
        }
        surfaces = List.copyOf(Objects.requireNonNull(surfaces, "surfaces"));
    }

    /** An entity known by one name only. */
    public static LinkQuery of(String name, String type) {
        return new LinkQuery(name, type, List.of());
    }
}
