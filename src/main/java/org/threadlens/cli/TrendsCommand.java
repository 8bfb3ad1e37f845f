package org.threadlens.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadlens.export.AtomicFile;
import org.threadlens.export.TargetExistsException;
import org.threadlens.store.CorpusStore;
import org.threadlens.trends.Period;
import org.threadlens.trends.TrendException;
import org.threadlens.trends.TrendQuery;
import org.threadlens.trends.TrendViews;
import org.threadlens.trends.Trends;
import org.threadlens.trends.TrendsCsv;
import org.threadlens.trends.TrendsJson;
import org.threadlens.trends.TrendsTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadlens trends}: mood and entities per period and community, with intervals over threads. */
@Command(name = "trends", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show how mood, and what is said of each entity, change over time in a store: per period (and "
                + "community) the texts, threads, label shares and mean score, and per entity its mentions, threads, "
                + "authors, share of texts and sentiment, each with a 95%% interval over threads.")
final class TrendsCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = CorpusStore.DEFAULT_FILE,
            description = "The store to read (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--community", paramLabel = "C",
            description = "A series for this community (repeatable; r/ optional, any case); default: every community together.")
    List<String> communities = List.of();

    @Option(names = "--entity", paramLabel = "NAME|LINK",
            description = "Follow this entity (repeatable): any name the threads use for it, or its Wikipedia title or "
                    + "address; default: the --top most mentioned.")
    List<String> entities = List.of();

    @Option(names = "--by", paramLabel = "day|week|month|half|all", defaultValue = "week",
            description = "The period of a cell (default: ${DEFAULT-VALUE}); half: the first and second half of the "
                    + "store's time range; all: the whole range as one.")
    String by;

    @Option(names = "--since", paramLabel = "T",
            description = "From the period holding T: 2024-01-31, 2024-01-31T12:00:00Z or epoch seconds (UTC).")
    String since;

    @Option(names = "--until", paramLabel = "T", description = "Periods that start before T (exclusive), as --since.")
    String until;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + TrendQuery.DEFAULT_TOP,
            description = "Entities to follow when none is named (default: ${DEFAULT-VALUE}; 0: none).")
    int top;

    @Option(names = "--out", paramLabel = "FILE.csv|FILE.json|-",
            description = "Write every figure as CSV or JSON (by the name's ending; - is CSV on stdout) instead of the table.")
    String out;

    @Option(names = "--force", description = "Replace an existing --out file.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        TrendQuery query = query();
        Format format = format();
        if (!Files.isRegularFile(db)) {
            throw new UserException(db + ": no such store (run 'threadlens annotate' first, or name it with --db)",
                    ExitCodes.BAD_INPUT);
        }
        if (format.file && Files.exists(Path.of(out)) && !force) {
            throw new TargetExistsException(out);
        }
        Trends trends;
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            trends = new TrendViews(store).query(query);
        } catch (TrendException e) {
            throw new UserException(db + ": " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
        if (format.file) {
            try (AtomicFile file = AtomicFile.create(Path.of(out), force)) {
                write(trends, format, file.writer());
                file.commit();
            }
            System.err.printf(Locale.ROOT, "wrote %d mood cells and %d entities to %s%n", trends.mood().size(),
                    trends.entities().size(), out);
        } else {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            write(trends, format, w);
            w.flush();
        }
        return ExitCodes.OK;
    }

    private TrendQuery query() throws UserException {
        try {
            Period period = Period.parse(by);
            Instant from = since == null ? null : Instant.ofEpochSecond(TimeArgument.parse("--since", since));
            Instant to = until == null ? null : Instant.ofEpochSecond(TimeArgument.parse("--until", until));
            return new TrendQuery(period, communities, entities, from, to, top);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCodes.BAD_INPUT);
        }
    }

    private enum Format {
        TABLE(false), CSV(true), JSON(true), CSV_STDOUT(false);

        final boolean file;

        Format(boolean file) {
            this.file = file;
        }
    }

    private Format format() throws UserException {
        if (out == null) {
            return Format.TABLE;
        }
        if ("-".equals(out)) {
            return Format.CSV_STDOUT;
        }
        String name = out.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        throw new UserException("--out " + out + ": name a .csv or .json file, or - for CSV on stdout", ExitCodes.BAD_INPUT);
    }

    private static void write(Trends t, Format format, Writer w) throws java.io.IOException {
        switch (format) {
            case TABLE -> TrendsTable.write(t, w);
            case CSV, CSV_STDOUT -> TrendsCsv.write(t, w);
            case JSON -> TrendsJson.write(t, w);
        }
    }
}
