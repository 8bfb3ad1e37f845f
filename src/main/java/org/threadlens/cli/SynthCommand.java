package org.threadlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadlens.store.CorpusStore;
import org.threadlens.trends.synth.SyntheticCorpus;
import org.threadlens.trends.synth.SyntheticSpec;
import org.threadlens.trends.synth.SyntheticStoreWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadlens synth}: a synthetic annotated corpus with a known shift, written into a new store. */
@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a synthetic annotated corpus (no NLP) into a store: a known mood shift and entity turn, "
                + "for trying and measuring trends and report at scale.")
final class SynthCommand implements Callable<Integer> {
    /** Progress lines on stderr at most this often. */
    private static final long PROGRESS_NANOS = 10_000_000_000L;

    @Option(names = "--db", paramLabel = "FILE", required = true, description = "The store to create.")
    Path db;

    @Option(names = "--comments", paramLabel = "N", defaultValue = "100000",
            description = "Texts to generate, posts included (default: ${DEFAULT-VALUE}).")
    int comments;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The seed: the same seed and options give the same corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--weeks", paramLabel = "W", defaultValue = "" + SyntheticSpec.DEFAULT_WEEKS,
            description = "Weeks the threads are spread over, from Monday 2026-01-05 (default: ${DEFAULT-VALUE}). "
                    + "The first community's mood drops by 0.30 from week 3, Tesla turns from +0.30 to -0.30 from week 5 "
                    + "(in the last week if there are fewer).")
    int weeks;

    @Option(names = "--communities", paramLabel = "LIST", split = ",", defaultValue = "news,science,gaming",
            description = "Communities, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> communities;

    @Option(names = "--force", description = "Delete an existing store of that name first.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SyntheticSpec synth;
        try {
            synth = SyntheticSpec.of(seed, comments, communities, weeks);
        } catch (IllegalArgumentException e) {
            throw new UserException("synth: " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
        replaceOrRefuse();
        long start = System.nanoTime();
        SyntheticCorpus corpus = new SyntheticCorpus(synth);
        int workers = Runtime.getRuntime().availableProcessors();
        SyntheticStoreWriter.Written w;
        try (CorpusStore store = CorpusStore.open(db)) {
            w = new SyntheticStoreWriter(store, workers).write(corpus, commandLine(), progress(start));
        }
        System.err.printf(Locale.ROOT, "wrote %,d comments in %,d threads (%d communities, %d weeks from %s; %s) to %s in %.1f s%n",
                w.comments(), w.threads(), synth.communities().size(), synth.weeks(), synth.start(), synth.describeChanges(),
                db, (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }

    /** Refuses an existing store unless {@code --force}, which deletes it (and DuckDB's write-ahead log beside it). */
    private void replaceOrRefuse() throws UserException, IOException {
        Path wal = db.resolveSibling(db.getFileName() + ".wal");
        if (Files.isDirectory(db)) {
            throw new UserException(db + " is a directory: expected a store file", ExitCodes.BAD_INPUT);
        }
        if (Files.exists(db) && !force) {
            throw new UserException(db + " already exists: use --force to replace it", ExitCodes.BAD_INPUT);
        }
        Files.deleteIfExists(db);
        Files.deleteIfExists(wal);
    }

    private SyntheticStoreWriter.Progress progress(long start) {
        long[] last = {start};
        return (threads, stored) -> {
            long now = System.nanoTime();
            if (now - last[0] >= PROGRESS_NANOS && stored < comments) {
                last[0] = now;
                System.err.printf(Locale.ROOT, "synth: %,d of %,d comments stored (%.0f s)%n", stored, comments, (now - start) / 1e9);
            }
        };
    }

    /** The command line as typed, arguments with spaces quoted. */
    private String commandLine() {
        List<String> words = new ArrayList<>(List.of("threadlens"));
        for (String a : spec.commandLine().getParseResult().originalArgs()) {
            words.add(a.isEmpty() || a.matches(".*[\\s'\"$`].*") ? "'" + a.replace("'", "'\\''") + "'" : a);
        }
        return String.join(" ", words);
    }
}
