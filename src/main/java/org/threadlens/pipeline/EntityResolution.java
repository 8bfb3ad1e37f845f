package org.threadlens.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threadlens.annotate.Layer;
import org.threadlens.entity.EntityLinks;
import org.threadlens.entity.EntityResolver;
import org.threadlens.entity.WikipediaLinks;
import org.threadlens.entity.link.CacheDirectory;
import org.threadlens.entity.link.LinkIndex;
import org.threadlens.entity.link.LinkModelJar;
import org.threadlens.entity.link.Progress;

/**
 * The entity resolution a run's layers call for: with the entities layer, resolution; with links too, over the
 * Wikipedia dictionary, opened once per process (building it on first use, with progress on stderr: the only
 * output of the pipeline that is not an event, as it can happen before a run has a listener).
 */
final class EntityResolution {
    private static WikipediaLinks links;

    private EntityResolution() {
    }

    /** @return nullable: the resolver for these layers, null without the entities layer */
    static EntityResolver of(Set<Layer> layers) {
        if (!layers.contains(Layer.ENTITIES)) {
            return null;
        }
        return new EntityResolver(layers.contains(Layer.LINKS) ? new OnFirstLink() : null);
    }

    /**
     * Links that open the dictionary when the first entity is linked, not when a run is set up: a run that
     * stops at bad input, or finds every thread done, neither builds nor opens it.
     */
    private static final class OnFirstLink implements EntityLinks {
        @Override
        public String link(String name, String type, List<String> forms) {
            return links().link(name, type, forms);
        }

        @Override
        public Map<String, String> settings() {
            return WikipediaLinks.settings(LinkModelJar.CORENLP_KBP.sha256());
        }
    }

    /** The process's links, the dictionary opened (or built) on first call. */
    static synchronized WikipediaLinks links() {
        if (links == null) {
            java.nio.file.Path cache = CacheDirectory.resolve();
            try {
                links = new WikipediaLinks(LinkIndex.openOrBuild(cache, new StderrProgress()));
            } catch (IOException e) {
                throw new UncheckedIOException("the Wikipedia link dictionary could not be opened or built in " + cache
                        + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); set THREADLENS_CACHE to a "
                        + "writable folder, or annotate without links: --annotators sentences,entities,sentiment", e);
            }
        }
        return links;
    }

    /** Download and build progress, a line per tenth. */
    private static final class StderrProgress implements Progress {
        private long lastTenth = -1;
        private String phase = "";

        @Override
        public void downloading(long done, long total) {
            report("downloading the link dictionary (CoreNLP's models-english-kbp jar)", done, total);
        }

        @Override
        public void building(long done, long total) {
            report("building the link index (once per machine)", done, total);
        }

        @Override
        public void note(String message) {
            System.err.println("threadlens: " + message);
        }

        private void report(String what, long done, long total) {
            if (!what.equals(phase)) {
                phase = what;
                lastTenth = -1;
            }
            long tenth = total > 0 ? done * 10 / total : -1;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                System.err.printf(Locale.ROOT, "threadlens: %s: %s%n", what,
                        total > 0 ? (tenth * 10) + "%" : (done >> 20) + " MB");
            }
        }
    }
}
