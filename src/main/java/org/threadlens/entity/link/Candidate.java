package org.threadlens.entity.link;

import java.util.Objects;

/**
 * A dictionary's answer for one surface form: the English Wikipedia article it most often names and how often.
 *
 * @param title the article title as Wikipedia spells it in links ({@code Python_(programming_language)}):
 *              underscores for spaces, never blank
 * @param score the dictionary's probability that the surface names this article, in [0, 1]
 */
public record Candidate(String title, double score) {
    public Candidate {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("candidate title is blank");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("candidate '" + title + "': score " + score + " is not in [0, 1]");
        }
    }
}
