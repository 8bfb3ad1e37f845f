package org.threadlens.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.text.CodePoints;

/**
 * One name, one reading per thread: where a name written with a capital is an entity somewhere in the thread
 * ("Bone" a PERSON in one comment), its other occurrences with the same tokens, letter for letter, that the
 * engine left untagged become mentions of the same type (the CRF reads each comment alone and misses some).
 * A name given several types in the thread is not propagated (the vote found no majority), nor is a one-word
 * name that is also a common word or an interjection ("Will", "Hope"). Stateless.
 */
final class NamePropagation {
    private NamePropagation() {
    }

    /**
     * Adds the missed occurrences to each text's mention references, in place.
     *
     * @param texts annotations by text id (null for the title), for their tokens
     * @param refs  each text's mention references after the vote
     * @param sources each text's source text
     * @return how many mentions were added
     */
    static int propagate(Map<String, TextAnnotations> texts, Map<String, List<MentionRef>> refs, Map<String, String> sources) {
        Map<List<String>, String> typeOf = names(texts, refs);
        int added = 0;
        for (Map.Entry<String, TextAnnotations> e : texts.entrySet()) {
            List<MentionRef> list = refs.get(e.getKey());
            String source = sources.get(e.getKey()) == null ? "" : sources.get(e.getKey());
            for (Map.Entry<List<String>, String> name : typeOf.entrySet()) {
                added += addOccurrences(name.getKey(), name.getValue(), e.getValue(), source, e.getKey(), list);
            }
            list.sort(Comparator.comparingInt(r -> r.mention().begin()));
        }
        return added;
    }

    /** Each capitalised name's token words, with its one type in the thread. */
    private static Map<List<String>, String> names(Map<String, TextAnnotations> texts, Map<String, List<MentionRef>> refs) {
        Map<List<String>, String> typeOf = new HashMap<>();
        refs.forEach((id, list) -> {
            for (MentionRef r : list) {
                EntityMention m = r.mention();
                if (EntityNames.isNamed(m.type()) && EntityNames.hasCapital(m.text())) {
                    List<String> words = words(texts.get(id).tokens(), m.begin(), m.end());
                    if (!words.isEmpty() && !(words.size() == 1 && MentionRules.isCommonWord(words.get(0)))) {
                        typeOf.merge(words, m.type(), (a, b) -> a.equals(b) ? a : "");
                    }
                }
            }
        });
        typeOf.values().removeIf(String::isEmpty);
        return typeOf;
    }

    private static List<String> words(List<Token> tokens, int begin, int end) {
        List<String> words = new ArrayList<>();
        for (Token t : tokens) {
            if (t.begin() >= begin && t.end() <= end) {
                words.add(t.word());
            }
        }
        return words;
    }

    private static int addOccurrences(List<String> words, String type, TextAnnotations text, String source, String textId,
                                      List<MentionRef> list) {
        List<Token> tokens = text.tokens();
        int added = 0;
        for (int i = 0; i + words.size() <= tokens.size(); i++) {
            if (!matches(words, tokens, i)) {
                continue;
            }
            int begin = tokens.get(i).begin();
            int end = tokens.get(i + words.size() - 1).end();
            if (list.stream().noneMatch(r -> r.mention().begin() < end && begin < r.mention().end())) {
                int sentence = tokens.get(i).sentence();
                boolean quoted = sentence < text.sentences().size() && text.sentences().get(sentence).quoted();
                EntityMention m = new EntityMention(CodePoints.slice(source, begin, end), type, begin, end, sentence, quoted, null);
                list.add(new MentionRef(textId, m));
                added++;
            }
        }
        return added;
    }

    private static boolean matches(List<String> words, List<Token> tokens, int at) {
        for (int j = 0; j < words.size(); j++) {
            if (!tokens.get(at + j).word().equals(words.get(j))) {
                return false;
            }
        }
        return true;
    }
}
