package org.threadlens.entity.link;

import java.util.Locale;
import java.util.Objects;

/**
 * What {@link EntityLinker} decided for one entity, and why, so evaluations can count the reasons.
 *
 * @param title     the linked article title ({@code Ken_Bone}), or null when not linked
 * @param reason    why: linked as the dictionary says, linked to the exact title, or which rule left it unlinked
 * @param surface   the surface form that was looked up (the entity's name when none was)
 * @param candidate the dictionary's article for that surface, linked or rejected; null when it had none
 * @param score     the dictionary's score of {@code candidate}, in [0, 1]; NaN when there was no candidate
 */
public record LinkDecision(String title, Reason reason, String surface, String candidate, double score) {
    /** Why an entity is linked or not; {@link #wireName()} is what evaluations count. */
    public enum Reason {
        /** Linked to the dictionary's article. */
        LINKED,
        /** The dictionary's article did not share a word with the name, but the name itself is an article. */
        EXACT_TITLE,
        /**
         * A PRODUCT whose name, with the disambiguator of a software kind, is an article ({@code Rust} →
         * {@code Rust_(programming_language)}), in place of the dictionary's article of another sense.
         */
        TYPED_TITLE,
        /** No capitalised surface form had an entry. */
        NO_ENTRY,
        /** The entry's score is below the minimum for the name's length and type. */
        LOW_SCORE,
        /** The article's name shares no word with the surface ({@code San Francisco} → {@code Santa_Monica,...}). */
        NAME_MISMATCH,
        /** The article's disambiguator names a kind the entity's type cannot be ({@code Bone_(comics)}, a PERSON). */
        TYPE_MISMATCH,
        /** A one-word PERSON name whose article is not a person of that surname ({@code Christ} → {@code Christ}). */
        ONE_NAME,
        /** An all-capitals article for a surface that is not ({@code Ilya} → {@code ILYA}). */
        CASE_MISMATCH,
        /** Every surface form is lower-case ({@code trump}): not looked up. */
        LOWER_CASE,
        /** The article is a disambiguation page or a list. */
        NOT_AN_ENTITY,
        /** The entity's type is never linked (numbers, dates, users, communities, nationalities, ...). */
        TYPE_NOT_LINKED;

        /** {@code name-mismatch}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Whether a decision with this reason carries a title. */
        public boolean links() {
            return this == LINKED || this == EXACT_TITLE || this == TYPED_TITLE;
        }
    }

    public LinkDecision {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(surface, "surface");
        if (reason.links() != (title != null)) {
            throw new IllegalArgumentException("link decision for '" + surface + "': reason " + reason.wireName()
                    + (title == null ? " needs a title" : " cannot have title " + title));
        }
        if (title != null && (title.isBlank() || title.contains(" "))) {
            throw new IllegalArgumentException("link decision for '" + surface + "': '" + title
                    + "' is not a Wikipedia title (underscores, no spaces)");
        }
        if (!Double.isNaN(score) && !(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("link decision for '" + surface + "': score " + score
                    + " is neither NaN nor in [0, 1]");
        }
    }

    /** Whether the entity was linked. */
    public boolean linked() {
        return title != null;
    }
}
