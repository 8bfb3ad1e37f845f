package org.threadlens.analyze;

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
import org.threadlens.annotate.EntityTypes;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.thread.Comment;

/**
 * One entry per real-world thing across the thread. Mentions are first grouped by type and by name ignoring
 * case, a possessive {@code 's}, punctuation and spaces ("OpenAI" = "Open AI"); then a one-word PERSON name
 * ("Sutskever", "ilya's") joins the one longer PERSON name of the thread that has it as its first or last
 * word ("Ilya Sutskever") — where two longer names share the word, the thread does not say which is meant,
 * and it stays apart. Mentions already resolved to a thread-level entity ({@link EntityMention#entity()}, by
 * {@code org.threadlens.entity}) are grouped by that entity instead, and carry its link. Numbers, amounts and
 * times are not entities here.
 */
public final class EntityIndex {
    private EntityIndex() {
    }

    /** Entities, most mentioned (own words) first. */
    public static List<EntitySummary> of(ThreadAnnotations a) {
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        String postId = a.thread().post().map(Comment::id).orElse(a.thread().id());
        Comment post = a.thread().post().orElse(null);
        if (a.title() != null) {
            collect(a.title(), postId, post, a.thread().createdUtc(), clusters);
        }
        for (Comment c : a.thread().comments()) {
            collect(a.of(c), c.id(), c, c.createdUtc(), clusters);
        }
        mergeShortPersonNames(clusters);
        List<EntitySummary> out = new ArrayList<>();
        for (Cluster c : new LinkedHashSet<>(clusters.values())) {
            out.add(c.summary());
        }
        out.sort(Comparator.comparingInt(EntitySummary::mentions).thenComparingInt(EntitySummary::quotedMentions).reversed());
        return out;
    }

    private static void collect(TextAnnotations ta, String commentId, Comment comment, Long time, Map<String, Cluster> clusters) {
        for (EntityMention e : ta.entities()) {
            if (EntityTypes.isNumeric(e.type())) {
                continue;
            }
            String name = e.entity() != null ? e.entity() : e.text();
            String key = e.type() + "\u0000" + (e.entity() != null ? "=" + e.entity() : compact(normalize(e.text())));
            clusters.computeIfAbsent(key, k -> new Cluster(e.type(), normalize(name), e.entity()))
                    .add(e, commentId, comment, time, ta);
        }
    }

    /** Re-points one-word PERSON clusters at the single longer PERSON name ending or starting with that word. */
    private static void mergeShortPersonNames(Map<String, Cluster> clusters) {
        Map<String, List<Cluster>> byWord = new HashMap<>();
        for (Cluster c : clusters.values()) {
            String[] words = c.normalized.split(" ");
            if (c.type.equals("PERSON") && words.length > 1 && c.resolvedName == null) {
                byWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(c);
                byWord.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<String, Cluster> e : clusters.entrySet()) {
            Cluster c = e.getValue();
            List<Cluster> longer = byWord.get(c.normalized);
            if (c.type.equals("PERSON") && c.resolvedName == null && !c.normalized.contains(" ") && longer != null
                    && new LinkedHashSet<>(longer).size() == 1) {
                Cluster target = longer.get(0);
                target.absorb(c);
                e.setValue(target);
            }
        }
    }

    /** Lower case, without a trailing possessive, surrounding punctuation, or repeated spaces. */
    static String normalize(String surface) {
        String s = surface.toLowerCase(Locale.ROOT).strip();
        s = s.replaceAll("(?:'s|\u2019s|'|\u2019)$", "");
        return s.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "").replaceAll("\\s+", " ");
    }

    static String compact(String normalized) {
        return normalized.replace(" ", "");
    }

    /** The mentions of one entity. */
    private static final class Cluster {
        final String type;
        final String normalized;
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final Set<String> commentIds = new LinkedHashSet<>();
        final Set<String> authors = new LinkedHashSet<>();
        final EntitySentiment sentiment = new EntitySentiment();
        int mentions;
        int quoted;
        Long first;
        Long last;

        /** Nullable: the entity name the mentions were resolved to, which names the cluster. */
        final String resolvedName;
        String link;

        Cluster(String type, String normalized, String resolvedName) {
            this.type = type;
            this.normalized = normalized;
            this.resolvedName = resolvedName;
        }

        void add(EntityMention e, String commentId, Comment comment, Long time, TextAnnotations ta) {
            surfaces.merge(e.text(), 1, Integer::sum);
            if (link == null) {
                link = e.link();
            }
            commentIds.add(commentId);
            if (comment != null && comment.author() != null) {
                authors.add(comment.author());
            }
            if (time != null) {
                first = first == null ? time : Math.min(first, time);
                last = last == null ? time : Math.max(last, time);
            }
            if (e.quoted()) {
                quoted++;
            } else {
                mentions++;
                sentiment.add(commentId, e.sentence(), ta);
            }
        }

        void absorb(Cluster other) {
            other.surfaces.forEach((k, v) -> surfaces.merge(k, v, Integer::sum));
            link = link != null ? link : other.link;
            commentIds.addAll(other.commentIds);
            authors.addAll(other.authors);
            mentions += other.mentions;
            quoted += other.quoted;
            first = other.first == null ? first : first == null ? other.first : Math.min(first, other.first);
            last = other.last == null ? last : last == null ? other.last : Math.max(last, other.last);
            sentiment.absorb(other.sentiment);
        }

        EntitySummary summary() {
            List<String> aliases = new ArrayList<>(surfaces.keySet());
            aliases.sort(Comparator.comparingInt((String s) -> surfaces.get(s)).reversed());
            int mostWords = aliases.stream().mapToInt(s -> s.split("\\s+").length).max().orElse(1);
            String name = resolvedName != null ? resolvedName
                    : aliases.stream().filter(s -> s.split("\\s+").length == mostWords).findFirst().orElseThrow();
            return new EntitySummary(name, type, link, aliases, mentions, quoted, List.copyOf(commentIds), List.copyOf(authors),
                    first, last, sentiment.summary());
        }
    }
}
