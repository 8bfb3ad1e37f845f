package org.threadlens.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.threadlens.BuildInfo;
import org.threadlens.json.JsonLimits;

/**
 * The provenance that travels with an export ({@code OUT.provenance.json}): what was exported from which
 * store, and every run of that store with its versions, models, settings, inputs, counts and status — each
 * thread's record names its engine settings, and the store's {@code threads.run_id} names its run.
 * Schema {@value #SCHEMA}; documented in docs/store.md. The records below are the file: their
 * component names and order are its field names and order ({@link RunStart.Versions}, {@link RunStart.Input},
 * {@link RunStart.Model} and {@link RunCounts} are written as they are). Stateless, thread-safe.
 */
public final class ProvenanceJson {
    public static final String SCHEMA = "threadlens-provenance/1";
    /** Jackson's default pretty printer (two-space indent, arrays on one line); the target is left open. */
    private static final ObjectWriter WRITER = JsonLimits.MAPPER.writerWithDefaultPrettyPrinter()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ProvenanceJson() {
    }

    /**
     * What was exported.
     *
     * @param store    the store's file as named
     * @param format   the export format
     * @param target   where the export went
     * @param threads  threads exported
     * @param comments comments exported
     * @param filter   nullable: which threads were asked for (omitted when unknown)
     * @param runIds   nullable: the runs whose annotations the exported threads carry (omitted when unknown)
     */
    public record Export(String store, String format, String target, long threads, long comments, ThreadFilter filter,
                         List<Integer> runIds) {
        public Export {
            runIds = runIds == null ? null : List.copyOf(runIds);
        }
    }

    /**
     * @param store   the store's file as named
     * @param format  the export format
     * @param target  where the export went
     * @param threads threads exported
     * @param comments comments exported
     */
    public static void write(Writer out, String store, String format, String target, long threads, long comments,
                             List<RunInfo> runs) throws IOException {
        write(out, new Export(store, format, target, threads, comments, null, null), runs);
    }

    /**
     * Writes the provenance of an export: the export (with its filter and the runs its threads come from, when
     * known) and every run of the store, followed by a newline.
     */
    public static void write(Writer out, Export export, List<RunInfo> runs) throws IOException {
        WRITER.writeValue(out, Document.of(export, runs, Instant.now()));
        out.write('\n');
    }

    /** The whole file. */
    record Document(String schema, String store, ExportEntry export, List<Run> runs) {
        static Document of(Export e, List<RunInfo> runs, Instant at) throws IOException {
            ThreadFilter f = e.filter();
            ExportEntry export = new ExportEntry(e.format(), e.target(), e.threads(), e.comments(),
                    BuildInfo.threadLensVersion(), at.truncatedTo(ChronoUnit.SECONDS).toString(),
                    f == null ? null : new Filter(f.threadIds(), f.communities(), f.sinceUtc(), f.untilUtc()), e.runIds());
            List<Run> out = new ArrayList<>();
            for (RunInfo r : runs) {
                out.add(Run.of(r));
            }
            return new Document(SCHEMA, e.store(), export, out);
        }
    }

    /** {@code filter} and {@code runs} are left out when unknown. */
    record ExportEntry(String format, String target, long threads, long comments, String threadlens, String at,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Filter filter,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> runs) {
    }

    record Filter(List<String> threads, List<String> communities, Long sinceUtc, Long untilUtc) {
    }

    /** A run; {@code settings} as the store holds them (a JSON object). */
    record Run(int run, String status, String startedAt, String endedAt, String command, RunStart.Versions versions,
               String engine, List<String> layers, JsonNode settings, String settingsHash, RunCounts counts,
               long threadsInStore, String message, List<RunStart.Input> inputs, List<RunStart.Model> models,
               List<Engine> engines) {
        static Run of(RunInfo r) throws IOException {
            List<Engine> engines = new ArrayList<>();
            for (RunInfo.Engine e : r.engines()) {
                engines.add(new Engine(e.layers(), e.engine(), e.version(), e.annotators(), e.configHash(),
                        JsonLimits.MAPPER.readTree(e.propertiesJson())));
            }
            return new Run(r.runId(), r.status().wireName(), r.startedAt(), r.endedAt(), r.command(), r.versions(),
                    r.engine(), r.layers(), JsonLimits.MAPPER.readTree(r.settingsJson()), r.settingsHash(), r.counts(),
                    r.threadsStored(), r.message(), r.inputs(), r.models(), engines);
        }
    }

    /** An engine of a run; {@code properties} as the store holds them (a JSON object). */
    record Engine(List<String> layers, String engine, String version, String annotators, String configHash,
                  JsonNode properties) {
    }
}
