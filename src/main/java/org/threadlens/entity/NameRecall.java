package org.threadlens.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.text.CodePoints;

/**
 * Names the engine missed: a capitalised token that is a given name ({@code first-names.txt}, derived from
 * CoreNLP's own name list, see its header) and that the engine tagged as no entity becomes a one-word PERSON
 * ("Michelle is so pretty", "love Kendrick"). CoreNLP's news-trained models miss lone first names in comments,
 * where writers name people by first name far more than news does. Only in text that uses capitals (in
 * all-lower-case text the caseless models already read names without case), never inside another mention,
 * never a word of {@code common-nouns.txt} or an interjection. The merge then joins such a name to the
 * thread's full name where there is exactly one. Stateless and thread-safe.
 */
final class NameRecall {
    private static final Set<String> FIRST_NAMES = WordLists.load("first-names.txt");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}+");

    private NameRecall() {
    }

    /** The text's mentions with the missed given names added, in order of position. */
    static List<EntityMention> withMissedNames(TextAnnotations a, String source) {
        if (!a.tokens().isEmpty() && source.codePoints().noneMatch(Character::isUpperCase)) {
            return a.entities();
        }
        List<EntityMention> out = new ArrayList<>(a.entities());
        for (Token t : a.tokens()) {
            if (isMissedName(t, a.entities())) {
                boolean quoted = t.sentence() < a.sentences().size() && a.sentences().get(t.sentence()).quoted();
                out.add(new EntityMention(CodePoints.slice(source, t.begin(), t.end()), EntityNames.PERSON, t.begin(), t.end(),
                        t.sentence(), quoted, null));
            }
        }
        if (out.size() > a.entities().size()) {
            out.sort(Comparator.comparingInt(EntityMention::begin));
        }
        return out;
    }

    private static boolean isMissedName(Token t, List<EntityMention> mentions) {
        if (t.ner() != null && !t.ner().equals("O")) {
            return false;
        }
        String word = t.word();
        if (!CAPITALISED.matcher(word).matches() || !FIRST_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return mentions.stream().noneMatch(m -> m.begin() < t.end() && t.begin() < m.end());
    }
}
