package org.threadlens.entity;

import java.util.List;
import java.util.Objects;

/**
 * One thing a thread names, as the merge found it.
 *
 * @param name  its fullest form as written in the thread ("Ken Bone" for "Bone", "Kenneth Bone", "ken bone")
 * @param type  the entity type its mentions share
 * @param forms every surface form of its mentions, most frequent first (the name among them)
 */
record ThreadEntity(String name, String type, List<String> forms) {
    ThreadEntity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        forms = List.copyOf(forms);
    }
}
