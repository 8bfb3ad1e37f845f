package org.threadlens.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.threadlens.BuildInfo;
import org.threadlens.json.JsonLimits;

/**
 * The provenance that travels with an export ({@code OUT.provenance.json}): what was exported from which
 * store, and every run of that store with its versions, models, settings, inputs, counts and status — each
 * thread's record names its engine settings, and the store's {@code threads.run_id} names its run.
 * Schema {@value #SCHEMA}; documented in docs/store.md. Stateless, thread-safe.
 */
public final class ProvenanceJson {
    public static final String SCHEMA = "threadlens-provenance/1";
    private static final JsonFactory JSON = JsonLimits.MAPPER.getFactory();

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
     * known) and every run of the store.
     */
    public static void write(Writer out, Export export, List<RunInfo> runs) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("store", export.store());
            g.writeObjectFieldStart("export");
            g.writeStringField("format", export.format());
            g.writeStringField("target", export.target());
            g.writeNumberField("threads", export.threads());
            g.writeNumberField("comments", export.comments());
            g.writeStringField("threadlens", BuildInfo.threadLensVersion());
            g.writeStringField("at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            if (export.filter() != null) {
                writeFilter(export.filter(), g);
            }
            if (export.runIds() != null) {
                g.writeArrayFieldStart("runs");
                for (int id : export.runIds()) {
                    g.writeNumber(id);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("runs");
            for (RunInfo r : runs) {
                writeRun(r, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeFilter(ThreadFilter f, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("filter");
        strings(g, "threads", f.threadIds());
        strings(g, "communities", f.communities());
        writeLong(g, "sinceUtc", f.sinceUtc());
        writeLong(g, "untilUtc", f.untilUtc());
        g.writeEndObject();
    }

    private static void writeLong(JsonGenerator g, String name, Long value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private static void writeRun(RunInfo r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("run", r.runId());
        g.writeStringField("status", r.status().wireName());
        g.writeStringField("startedAt", r.startedAt());
        g.writeStringField("endedAt", r.endedAt());
        g.writeStringField("command", r.command());
        g.writeObjectFieldStart("versions");
        g.writeStringField("threadlens", r.versions().threadlens());
        g.writeStringField("corenlp", r.versions().corenlp());
        g.writeStringField("opennlp", r.versions().opennlp());
        g.writeStringField("java", r.versions().java());
        g.writeEndObject();
        g.writeStringField("engine", r.engine());
        strings(g, "layers", r.layers());
        g.writeFieldName("settings");
        g.writeTree(JsonLimits.MAPPER.readTree(r.settingsJson()));
        g.writeStringField("settingsHash", r.settingsHash());
        writeCounts(r.counts(), g);
        g.writeNumberField("threadsInStore", r.threadsStored());
        g.writeStringField("message", r.message());
        g.writeArrayFieldStart("inputs");
        for (RunStart.Input in : r.inputs()) {
            g.writeStartObject();
            g.writeStringField("path", in.path());
            if (in.size() == null) {
                g.writeNullField("size");
            } else {
                g.writeNumberField("size", in.size());
            }
            g.writeStringField("sha256", in.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("models");
        for (RunStart.Model m : r.models()) {
            g.writeStartObject();
            g.writeStringField("id", m.id());
            g.writeStringField("coordinates", m.coordinates());
            g.writeStringField("sha256", m.sha256());
            g.writeStringField("checksum", m.checksum());
            g.writeStringField("usedFor", m.usedFor());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("engines");
        for (RunInfo.Engine e : r.engines()) {
            g.writeStartObject();
            strings(g, "layers", e.layers());
            g.writeStringField("engine", e.engine());
            g.writeStringField("version", e.version());
            g.writeStringField("annotators", e.annotators());
            g.writeStringField("configHash", e.configHash());
            g.writeFieldName("properties");
            g.writeTree(JsonLimits.MAPPER.readTree(e.propertiesJson()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeCounts(RunCounts c, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("counts");
        g.writeNumberField("threadsRead", c.threadsRead());
        g.writeNumberField("threadsSkipped", c.threadsSkipped());
        g.writeNumberField("threadsAnnotated", c.threadsAnnotated());
        g.writeNumberField("commentsRead", c.commentsRead());
        g.writeNumberField("commentsAnnotated", c.commentsAnnotated());
        g.writeNumberField("recordsSkipped", c.recordsSkipped());
        g.writeNumberField("inputsFailed", c.inputsFailed());
        g.writeNumberField("annotationFailures", c.annotationFailures());
        g.writeObjectFieldStart("reannotated");
        for (var e : c.reannotated().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
