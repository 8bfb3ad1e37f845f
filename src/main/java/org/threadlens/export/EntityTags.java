package org.threadlens.export;

import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;

/**
 * Each token's entity mention, and its tag in the BIO scheme (IOB2): {@code B-TYPE} on the first token of a
 * mention, {@code I-TYPE} on the following ones, {@code O} outside mentions. Tags come from the entities layer (the
 * mentions ThreadLens keeps, with their types), not from the engine's raw per-token tags. A token touched by two
 * mentions takes the first (by start). Stateless, thread-safe.
 */
public final class EntityTags {
    /** ThreadLens's type for software, programming languages, apps, devices and games, which CoNLL-2003 calls MISC. */
    static final String PRODUCT = "PRODUCT";

    private EntityTags() {
    }

    /** The tags of {@code a}'s tokens with ThreadLens's types, in token order; null if the entities layer was not run. */
    public static String[] of(TextAnnotations a) {
        return of(a, UnaryOperator.identity());
    }

    /**
     * The tags of {@code a}'s tokens with each type passed through {@code typeMap} (see {@link #conllType}); null if
     * the entities layer was not run.
     */
    public static String[] of(TextAnnotations a, UnaryOperator<String> typeMap) {
        EntityMention[] mentions = mentions(a);
        if (mentions == null) {
            return null;
        }
        String[] tags = new String[mentions.length];
        for (int i = 0; i < mentions.length; i++) {
            EntityMention m = mentions[i];
            tags[i] = m == null ? "O" : (i == 0 || mentions[i - 1] != m ? "B-" : "I-") + ExportText.tag(typeMap.apply(m.type()));
        }
        return tags;
    }

    /**
     * Each token's mention, in token order: the one whose tag the token carries, null outside mentions (the same
     * object on every token of a mention); null if the entities layer was not run.
     */
    public static EntityMention[] mentions(TextAnnotations a) {
        if (!a.has(Layer.ENTITIES)) {
            return null;
        }
        List<Token> tokens = a.tokens();
        EntityMention[] out = new EntityMention[tokens.size()];
        List<EntityMention> byStart = a.entities().stream()
                .sorted(Comparator.comparingInt(EntityMention::begin).thenComparingInt(EntityMention::end)).toList();
        for (EntityMention m : byStart) {
            boolean inside = false;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.begin() < m.end() && m.begin() < t.end()) {
                    inside = true;
                    if (out[i] == null) {
                        out[i] = m;
                    }
                } else if (inside && t.begin() >= m.end()) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A type as the CoNLL-2003 export writes it: CoreNLP's types as they are, {@code PRODUCT} (which CoreNLP's
     * classes lack) as {@code MISC}, where CoNLL-2003 puts products, works and languages.
     */
    public static String conllType(String type) {
        return PRODUCT.equals(type) ? "MISC" : type;
    }
}
