package org.threadlens.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.MarkupLayers;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.ThreadRefiner;
import org.threadlens.thread.Comment;

/**
 * Entity resolution over a whole thread, in this order: {@link NameRecall} and {@link MentionRules} on each
 * text, the thread's {@link TypeVote}, {@link NamePropagation}, the {@link MentionMerger}, then (with a linker)
 * one link per entity, asked once with its fullest name and forms. Each named mention comes out {@link EntityMention#resolved resolved}: the entity's
 * name, its link or null, and the names an ambiguous merge left it apart from. Numbers, times and texts
 * without the entities layer pass through. Thread-safe: no state but the counts.
 */
public final class EntityResolver implements ThreadRefiner {
    /** The provenance setting naming the resolution's version (rules, vote, merge). */
    public static final String SETTING = "threadlens.entities";
    static final String VERSION = "resolve-1";

    private final EntityLinks links;
    private final ResolutionCounts counts = new ResolutionCounts();

    /** @param links nullable: the linker; null resolves without linking */
    public EntityResolver(EntityLinks links) {
        this.links = links;
    }

    public ResolutionCounts counts() {
        return counts;
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> s = new TreeMap<>();
        s.put(SETTING, VERSION);
        if (links != null) {
            s.putAll(links.settings());
        }
        return s;
    }

    @Override
    public ThreadAnnotations refine(ThreadAnnotations a) {
        Map<String, TextAnnotations> texts = new LinkedHashMap<>();
        Map<String, String> sources = new HashMap<>();
        if (a.title() != null) {
            texts.put(null, a.title());
            sources.put(null, a.thread().title());
        }
        Set<String> authors = new LinkedHashSet<>();
        for (Comment c : a.thread().comments()) {
            texts.put(c.id(), a.of(c));
            sources.put(c.id(), c.text());
            if (c.author() != null) {
                authors.add(c.author());
            }
        }
        Map<String, List<MentionRef>> refs = refsAfterRules(texts, sources);
        vote(refs);
        counts.propagated(NamePropagation.propagate(texts, refs, sources));
        List<MentionRef> all = new ArrayList<>();
        refs.values().forEach(all::addAll);
        MentionMerger.Result merged = MentionMerger.merge(all, authors);
        Map<ThreadEntity, String> linkOf = link(merged.entities());
        Map<String, TextAnnotations> out = new LinkedHashMap<>();
        texts.forEach((id, ta) -> out.put(id, ta.withEntities(resolved(refs.get(id), merged, linkOf))));
        Map<String, TextAnnotations> comments = new LinkedHashMap<>(out);
        comments.remove(null);
        return new ThreadAnnotations(a.thread(), out.get(null), comments, a.failures());
    }

    private Map<String, List<MentionRef>> refsAfterRules(Map<String, TextAnnotations> texts, Map<String, String> sources) {
        Map<String, List<MentionRef>> refs = new HashMap<>();
        texts.forEach((id, ta) -> {
            String source = sources.get(id) == null ? "" : sources.get(id);
            List<EntityMention> recalled = NameRecall.withMissedNames(ta, source);
            counts.recalled(recalled.size() - ta.entities().size());
            List<EntityMention> kept = MentionRules.apply(ta.withEntities(recalled), source, counts);
            List<MentionRef> r = new ArrayList<>(kept.size());
            kept.forEach(m -> r.add(new MentionRef(id, m)));
            refs.put(id, r);
        });
        return refs;
    }

    /** Retypes mentions where the thread's vote is clear, in place. */
    private void vote(Map<String, List<MentionRef>> refs) {
        List<MentionRef> all = new ArrayList<>();
        refs.values().forEach(all::addAll);
        Map<String, String> winners = TypeVote.winners(all);
        int retyped = 0;
        for (List<MentionRef> list : refs.values()) {
            for (int i = 0; i < list.size(); i++) {
                MentionRef r = list.get(i);
                String winner = EntityNames.isNamed(r.mention().type()) ? winners.get(EntityNames.key(r.mention().text())) : null;
                if (winner != null && !winner.equals(r.mention().type())) {
                    r = r.with(r.mention().withType(winner));
                    list.set(i, r);
                    retyped++;
                }
            }
        }
        counts.retyped(retyped);
    }

    private Map<ThreadEntity, String> link(List<ThreadEntity> entities) {
        Map<ThreadEntity, String> out = new HashMap<>();
        if (links == null) {
            return out;
        }
        for (ThreadEntity e : entities) {
            if (!EntityNames.isPlatform(e.type())) {
                String title = links.link(e.name(), e.type(), e.forms());
                counts.linked(title != null);
                if (title != null) {
                    out.put(e, title);
                }
            }
        }
        return out;
    }

    private List<EntityMention> resolved(List<MentionRef> refs, MentionMerger.Result merged, Map<ThreadEntity, String> linkOf) {
        List<EntityMention> out = new ArrayList<>(refs.size());
        int mergedCount = 0;
        for (MentionRef r : refs) {
            ThreadEntity e = merged.entityOf().get(r);
            if (e == null) {
                out.add(r.mention());
                continue;
            }
            EntityMention m = merged.users().contains(r) ? r.mention().withType(MarkupLayers.USER) : r.mention();
            List<String> ambiguous = merged.ambiguous().getOrDefault(r, List.of());
            counts.ambiguous(ambiguous.isEmpty() ? 0 : 1);
            if (!EntityNames.key(m.text()).equals(EntityNames.key(e.name()))) {
                mergedCount++;
            }
            out.add(m.resolved(e.name(), linkOf.get(e), ambiguous));
        }
        counts.merged(mergedCount);
        return out;
    }
}
