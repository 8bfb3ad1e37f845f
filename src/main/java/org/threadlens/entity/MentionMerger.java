package org.threadlens.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.MarkupLayers;

/**
 * Merges a thread's mentions into entities, in this order:
 * <ol>
 *   <li>the same type and name key ({@link EntityNames#key}: case, possessive, spaces): "Trump", "trump",
 *       "Trump's";</li>
 *   <li>PERSON names of several words with the same last word and compatible first words ({@link Nicknames}):
 *       "Ken Bone", "Kenneth Bone", "Kenneth M. Bone";</li>
 *   <li>a one-word PERSON name joins the one several-word PERSON entity whose first or last word it is, or
 *       whose first name it can be ("Bone", "Ken", "Kenneth" → "Ken Bone"); where two or more such entities
 *       exist ("Chris" with "Chris Hardwick" and "Chris Pratt"), it stays apart and each of its mentions
 *       names them as {@link EntityMention#ambiguous()};</li>
 *   <li>{@code u/name} mentions and a one-word mention spelt as a participant's username (a username with a
 *       digit, {@code _} or {@code -}, or written exactly as the author writes it) are that participant:
 *       type USER, entity {@code u/<username>}.</li>
 * </ol>
 * An entity's name is its fullest form: written with a capital where any form is, with the most words, then
 * the most frequent. Stateless.
 */
final class MentionMerger {
    /** The merge of a thread: each mention's entity and ambiguity, the mentions that are participants, the entities. */
    record Result(Map<MentionRef, ThreadEntity> entityOf, Map<MentionRef, List<String>> ambiguous,
                  Set<MentionRef> users, List<ThreadEntity> entities) {
    }

    private MentionMerger() {
    }

    static Result merge(List<MentionRef> mentions, Set<String> authors) {
        Map<String, String> authorByLower = new HashMap<>();
        authors.forEach(a -> authorByLower.put(a.toLowerCase(Locale.ROOT), a));
        Set<MentionRef> users = new LinkedHashSet<>();
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        for (MentionRef r : mentions) {
            EntityMention m = r.mention();
            String user = participant(m, authorByLower);
            if (user != null) {
                users.add(r);
                byKey.computeIfAbsent(MarkupLayers.USER + "\u0000" + user.toLowerCase(Locale.ROOT), k -> new Cluster(MarkupLayers.USER))
                        .add(r, user);
            } else if (EntityNames.isNamed(m.type()) && EntityNames.words(m.text()).length > 0) {
                byKey.computeIfAbsent(m.type() + "\u0000" + EntityNames.key(m.text()), k -> new Cluster(m.type())).add(r, m.text());
            }
        }
        List<Cluster> clusters = new ArrayList<>(new LinkedHashSet<>(byKey.values()));
        List<Cluster> fullNames = mergeFullNames(clusters);
        Map<MentionRef, List<String>> ambiguous = new LinkedHashMap<>();
        for (Cluster c : List.copyOf(clusters)) {
            if (c.isShortPerson()) {
                attachShortName(c, fullNames, clusters, ambiguous);
            }
        }
        return result(clusters, ambiguous, users);
    }

    /** The username a mention names, or null: {@code u/name}, or a participant's name written as such. */
    private static String participant(EntityMention m, Map<String, String> authorByLower) {
        String t = m.text();
        if (m.type().equals(MarkupLayers.USER)) {
            String name = t.replaceFirst("^/?u/", "");
            return "u/" + authorByLower.getOrDefault(name.toLowerCase(Locale.ROOT), name);
        }
        if (!EntityNames.isNamed(m.type()) || t.contains(" ")) {
            return null;
        }
        String author = authorByLower.get(t.toLowerCase(Locale.ROOT));
        boolean distinctive = author != null && (author.equals(t) || author.chars().anyMatch(ch -> !Character.isLetter(ch)));
        return distinctive ? "u/" + author : null;
    }

    /** Unites several-word PERSON clusters with the same last word and compatible first words. */
    private static List<Cluster> mergeFullNames(List<Cluster> clusters) {
        List<Cluster> full = new ArrayList<>();
        for (Cluster c : List.copyOf(clusters)) {
            if (!c.isFullPerson()) {
                continue;
            }
            Cluster into = full.stream().filter(f -> f.last().equals(c.last()) && Nicknames.compatible(f.first(), c.first()))
                    .findFirst().orElse(null);
            if (into == null) {
                full.add(c);
            } else {
                into.absorb(c);
                clusters.remove(c);
            }
        }
        return full;
    }

    private static void attachShortName(Cluster shortName, List<Cluster> fullNames, List<Cluster> clusters,
                                        Map<MentionRef, List<String>> ambiguous) {
        String word = shortName.first();
        List<Cluster> candidates = fullNames.stream()
                .filter(f -> f.last().equals(word) || Nicknames.compatible(f.first(), word)).toList();
        if (candidates.size() == 1) {
            candidates.get(0).absorb(shortName);
            clusters.remove(shortName);
        } else if (candidates.size() > 1) {
            List<String> names = candidates.stream().map(Cluster::name).sorted().toList();
            shortName.refs.forEach(r -> ambiguous.put(r, names));
        }
    }

    private static Result result(List<Cluster> clusters, Map<MentionRef, List<String>> ambiguous, Set<MentionRef> users) {
        Map<MentionRef, ThreadEntity> entityOf = new LinkedHashMap<>();
        List<ThreadEntity> entities = new ArrayList<>();
        for (Cluster c : clusters) {
            ThreadEntity e = c.entity();
            entities.add(e);
            c.refs.forEach(r -> entityOf.put(r, e));
        }
        return new Result(entityOf, ambiguous, users, entities);
    }

    /** The mentions of one entity as the merge grows it. */
    private static final class Cluster {
        final String type;
        final List<MentionRef> refs = new ArrayList<>();
        final Map<String, Integer> forms = new LinkedHashMap<>();

        Cluster(String type) {
            this.type = type;
        }

        void add(MentionRef r, String form) {
            refs.add(r);
            forms.merge(form, 1, Integer::sum);
        }

        void absorb(Cluster other) {
            refs.addAll(other.refs);
            other.forms.forEach((f, n) -> forms.merge(f, n, Integer::sum));
        }

        String[] words() {
            return EntityNames.words(forms.keySet().iterator().next());
        }

        boolean isFullPerson() {
            return type.equals(EntityNames.PERSON) && words().length > 1;
        }

        boolean isShortPerson() {
            return type.equals(EntityNames.PERSON) && words().length == 1;
        }

        String first() {
            return words()[0];
        }

        String last() {
            String[] w = words();
            return w[w.length - 1];
        }

        String name() {
            Comparator<String> fullest = Comparator.comparing((String f) -> EntityNames.hasCapital(f))
                    .thenComparingInt(f -> EntityNames.words(f).length)
                    .thenComparingInt(forms::get);
            return forms.keySet().stream().max(fullest.thenComparing(Comparator.<String>naturalOrder().reversed())).orElseThrow();
        }

        ThreadEntity entity() {
            List<String> byFrequency = new ArrayList<>(forms.keySet());
            byFrequency.sort(Comparator.comparingInt((String f) -> forms.get(f)).reversed());
            return new ThreadEntity(name().replaceAll("(?:'s|\u2019s|'|\u2019)$", ""), type, byFrequency);
        }
    }
}
