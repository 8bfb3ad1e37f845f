package org.threadlens.entity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.threadlens.entity.link.EntityLinker;
import org.threadlens.entity.link.LinkDecision;
import org.threadlens.entity.link.LinkIndex;
import org.threadlens.entity.link.LinkQuery;

/**
 * {@link EntityLinks} over CoreNLP's English Wikipedia dictionary ({@link LinkIndex}) and ThreadLens's rules
 * ({@link EntityLinker}). Thread-safe; the index stays open for the process (it is memory-mapped, off-heap).
 */
public final class WikipediaLinks implements EntityLinks {
    /** The provenance setting naming the dictionary the links come from. */
    public static final String SETTING = "threadlens.links";

    private final LinkIndex index;
    private final EntityLinker linker;

    public WikipediaLinks(LinkIndex index) {
        this.index = Objects.requireNonNull(index, "index");
        this.linker = new EntityLinker(index, EntityLinker.Options.defaults());
    }

    @Override
    public String link(String name, String type, List<String> forms) {
        return decide(name, type, forms).title();
    }

    /** The whole decision, with its reason, for evaluation. */
    public LinkDecision decide(String name, String type, List<String> forms) {
        return linker.decide(new LinkQuery(name, type, forms));
    }

    @Override
    public Map<String, String> settings() {
        return settings(index.sourceSha256());
    }

    /**
     * The provenance of links from the dictionary whose jar has this SHA-256 (known before the index opens:
     * the jar is pinned, {@code LinkModelJar.CORENLP_KBP}), under the current rules.
     */
    public static Map<String, String> settings(String sourceSha256) {
        return Map.of(SETTING, "wikidict " + sourceSha256.substring(0, 12) + ", rules " + EntityLinker.VERSION);
    }
}
