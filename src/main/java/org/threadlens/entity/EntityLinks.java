package org.threadlens.entity;

import java.util.List;
import java.util.Map;

/**
 * Links a thread-level entity to its English Wikipedia article, or declines where the link would be a guess.
 * Implementations are thread-safe.
 */
public interface EntityLinks {
    /**
     * @param name  the entity's fullest name in the thread ("Ken Bone")
     * @param type  its type
     * @param forms every form it is written in, most frequent first
     * @return the article title ({@code Ken_Bone}), or null where not linked
     */
    String link(String name, String type, List<String> forms);

    /** What configures the linking (the dictionary and its hash, thresholds), for the provenance. */
    Map<String, String> settings();
}
