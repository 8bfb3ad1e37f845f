package org.threadlens.export;

import java.util.Comparator;
import java.util.List;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;

/**
 * Each token's entity tag in the BIO scheme (IOB2): {@code B-TYPE} on the first token of a mention,
 * {@code I-TYPE} on the following ones, {@code O} outside mentions. Tags come from the entities layer (the
 * mentions ThreadLens keeps, with their types), not from the engine's raw per-token tags. A token touched by
 * two mentions takes the first (by start). Stateless, thread-safe.
 */
public final class EntityTags {
    private EntityTags() {
    }

    /** The tags of {@code a}'s tokens, in token order; null if the entities layer was not run on the text. */
    public static String[] of(TextAnnotations a) {
        if (!a.has(Layer.ENTITIES)) {
            return null;
        }
        List<Token> tokens = a.tokens();
        String[] tags = new String[tokens.size()];
        java.util.Arrays.fill(tags, "O");
        List<EntityMention> mentions = a.entities().stream()
                .sorted(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end)).toList();
        for (EntityMention m : mentions) {
            String type = ExportText.tag(m.type());
            boolean first = true;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.begin() < m.end() && m.begin() < t.end() && "O".equals(tags[i])) {
                    tags[i] = (first ? "B-" : "I-") + type;
                    first = false;
                } else if (!first && t.begin() >= m.end()) {
                    break;
                }
            }
        }
        return tags;
    }
}
