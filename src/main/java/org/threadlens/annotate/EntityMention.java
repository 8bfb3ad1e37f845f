package org.threadlens.annotate;

import java.util.List;
import java.util.Objects;

/**
 * A named-entity mention, in code points of the source text, and (once the thread's mentions are resolved,
 * see {@code org.threadlens.entity}) the thread-level entity it belongs to.
 *
 * @param text       the surface form: exactly the source text's {@code [begin, end)}
 * @param type       the entity type ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code PRODUCT},
 *                   {@code MISC}, ..., and {@code USER}, {@code COMMUNITY} for platform mentions such as
 *                   {@code u/name}, {@code r/name})
 * @param sentence   index of the sentence that holds it
 * @param quoted     whether the mention lies inside a quotation of someone else's words
 * @param normalized nullable: the engine's normalised value (a date {@code 2015-06-12}, an amount)
 * @param entity     nullable: the name of the thread-level entity the mention was merged into ("Ken Bone" for
 *                   "Bone"); null where the mentions were not resolved (an engine's raw output)
 * @param link       nullable: the English Wikipedia article title of that entity ({@code Ken_Bone}); null where
 *                   not linked, which includes every case where the link would be a guess
 * @param ambiguous  the entity names this mention could equally have been merged into, and was not (empty
 *                   when the merge, or its absence, was certain)
 */
public record EntityMention(String text, String type, int begin, int end, int sentence, boolean quoted,
                            String normalized, String entity, String link, List<String> ambiguous) {
    public EntityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Spans.require(begin, end, "entity");
        if (sentence < 0) {
            throw new IllegalArgumentException("entity sentence index " + sentence + " is negative");
        }
        if (entity != null && entity.isBlank()) {
            throw new IllegalArgumentException("entity '" + text + "': a blank entity name");
        }
        if (link != null && (link.isBlank() || link.contains(" "))) {
            throw new IllegalArgumentException("entity '" + text + "': link '" + link
                    + "' is not a Wikipedia title (underscores, no spaces)");
        }
        ambiguous = List.copyOf(Objects.requireNonNull(ambiguous, "ambiguous"));
    }

    /** An unresolved mention, as an engine gives it. */
    public EntityMention(String text, String type, int begin, int end, int sentence, boolean quoted, String normalized) {
        this(text, type, begin, end, sentence, quoted, normalized, null, null, List.of());
    }

    /** An unquoted, unresolved mention without a normalised value. */
    public EntityMention(String text, String type, int begin, int end, int sentence) {
        this(text, type, begin, end, sentence, false, null);
    }

    public EntityMention asQuoted() {
        return new EntityMention(text, type, begin, end, sentence, true, normalized, entity, link, ambiguous);
    }

    /** This mention with another type (a thread's vote, a gazetteer entry). */
    public EntityMention withType(String newType) {
        return new EntityMention(text, newType, begin, end, sentence, quoted, normalized, entity, link, ambiguous);
    }

    /** This mention resolved: the entity it belongs to, its link, and the entities it was not merged into. */
    public EntityMention resolved(String entityName, String wikipediaTitle, List<String> ambiguousWith) {
        return new EntityMention(text, type, begin, end, sentence, quoted, normalized, entityName, wikipediaTitle, ambiguousWith);
    }

    /** The Wikipedia URL of the link, or null. */
    public String linkUrl() {
        return link == null ? null : WikipediaTitles.url(link);
    }
}
