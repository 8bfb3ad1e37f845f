package org.threadlens.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadlens.annotate.Layer;
import org.threadlens.store.CorpusEntity;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunInfo;
import org.threadlens.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadlens stats}: what a store holds, at a glance. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show what a store holds: threads, comments, how many comments have each annotation layer, "
                + "the runs that wrote it (with their status), and the entities most mentioned across threads.")
final class StatsCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = CorpusStore.DEFAULT_FILE,
            description = "The store to read (default: ${DEFAULT-VALUE}).")
    Path db;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(db)) {
            throw new UserException(db + ": no such store (run 'threadlens annotate' first, or name it with --db)",
                    ExitCodes.BAD_INPUT);
        }
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            print(store.stats(), System.out);
        }
        return ExitCodes.OK;
    }

    void print(StoreStats s, PrintStream out) {
        out.printf(Locale.ROOT, "store %s (schema %d): threads %,d, comments %,d%n", db, s.schemaVersion(), s.threads(),
                s.comments());
        out.printf(Locale.ROOT, "%n%-10s %10s %9s%n", "layer", "comments", "coverage");
        for (Layer l : Layer.values()) {
            long n = s.coverage().getOrDefault(l, 0L);
            out.printf(Locale.ROOT, "%-10s %,10d %8.1f%%%n", l.wireName(), n, s.comments() == 0 ? 0.0 : 100.0 * n / s.comments());
        }
        out.printf(Locale.ROOT, "%n%4s  %-11s  %-20s  %-20s  %-35s %9s %9s %9s %10s %9s%n", "run", "status", "started",
                "ended", "layers", "threads", "skipped", "annotated", "comments", "in store");
        for (RunInfo r : s.runs()) {
            out.printf(Locale.ROOT, "%4d  %-11s  %-20s  %-20s  %-35s %,9d %,9d %,9d %,10d %,9d%n", r.runId(),
                    r.status().wireName(), r.startedAt(), r.endedAt() == null ? "-" : r.endedAt(),
                    r.layers().isEmpty() ? "-" : String.join(",", r.layers()), r.counts().threadsRead(),
                    r.counts().threadsSkipped(), r.counts().threadsAnnotated(), r.counts().commentsAnnotated(),
                    r.threadsStored());
        }
        printEntities(s, out);
    }

    /** The entities most mentioned across threads, one row per Wikipedia link (else per type and name). */
    private static void printEntities(StoreStats s, PrintStream out) {
        if (s.entities().isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%nentities across threads (the %d most mentioned; one per Wikipedia link, else per type "
                + "and name)%n%-30s %-13s %9s %9s  %s%n", StoreStats.TOP_ENTITIES, "entity", "type", "threads", "mentions",
                "link");
        for (CorpusEntity e : s.entities()) {
            out.printf(Locale.ROOT, "%-30s %-13s %,9d %,9d  %s%n", e.name(), e.type(), e.threads(), e.mentions(),
                    e.link() == null ? "-" : e.link());
        }
    }
}
