package org.threadlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.threadlens.export.AtomicFile;
import org.threadlens.export.TargetExistsException;
import org.threadlens.report.HtmlReport;
import org.threadlens.report.ReportOptions;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.ThreadFilter;
import org.threadlens.trends.TrendViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadlens report}: the threads of a store as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a self-contained HTML report (charts, reply trees) of the threads of a store.")
final class ReportCommand implements Callable<Integer> {
    /** The corpus section's bounds: communities charted beside all together, entities followed, changes listed. */
    private static final int CORPUS_COMMUNITIES = 5;
    private static final int CORPUS_ENTITIES = 6;
    private static final int CORPUS_CHANGES = 10;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = CorpusStore.DEFAULT_FILE,
            description = "The store to read (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--out", paramLabel = "FILE.html", required = true, description = "The page to write.")
    Path out;

    @Option(names = "--thread", paramLabel = "ID", description = "Report only this thread (repeatable); default: all.")
    List<String> threadIds = List.of();

    @Option(names = "--max-threads", paramLabel = "N", defaultValue = "" + ReportOptions.DEFAULT_MAX_THREADS,
            description = "Threads given a section of their own (default: ${DEFAULT-VALUE}); the overview counts all.")
    int maxThreads;

    @Option(names = "--max-comments", paramLabel = "N", defaultValue = "" + ReportOptions.DEFAULT_MAX_COMMENTS,
            description = "Rows of each reply tree, in thread order (default: ${DEFAULT-VALUE}); the charts count all.")
    int maxComments;

    @Option(names = "--force", description = "Replace an existing page.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (maxThreads < 1 || maxComments < 1) {
            throw new UserException("--max-threads and --max-comments must be at least 1", ExitCodes.BAD_INPUT);
        }
        if (!Files.isRegularFile(db)) {
            throw new UserException(db + ": no such store (run 'threadlens annotate' first, or name it with --db)",
                    ExitCodes.BAD_INPUT);
        }
        if (Files.exists(out) && !force && Files.isRegularFile(out)) {
            throw new TargetExistsException(out.toString());
        }
        Set<String> wanted = new LinkedHashSet<>(threadIds);
        Set<String> found = new LinkedHashSet<>();
        HtmlReport report = new HtmlReport(new ReportOptions(maxThreads, maxComments), db.getFileName().toString());
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            if (wanted.isEmpty()) {
                // the overview and corpus section come from the store's views; only the threads shown are read
                report.corpus(new TrendViews(store).overview(CORPUS_COMMUNITIES, CORPUS_ENTITIES, CORPUS_CHANGES));
                store.forEach(ThreadFilter.ALL, maxThreads, report::add);
            } else {
                store.forEach(new ThreadFilter(List.copyOf(wanted), List.of(), null, null), r -> {
                    found.add(r.thread().id());
                    report.add(r);
                });
            }
        }
        wanted.removeAll(found);
        if (!wanted.isEmpty()) {
            throw new UserException(db + ": no thread " + String.join(", ", wanted) + " in this store", ExitCodes.BAD_INPUT);
        }
        try (AtomicFile file = AtomicFile.create(out, force)) {
            report.writeTo(file.writer());
            file.commit();
        }
        System.err.println("reported " + report.threads() + (report.threads() == 1 ? " thread" : " threads") + " from "
                + db + " in " + out);
        return ExitCodes.OK;
    }
}
