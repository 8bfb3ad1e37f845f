package org.threadlens.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.Layer;
import org.threadlens.read.ReadProblems;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunCounts;
import org.threadlens.store.RunStart;
import org.threadlens.store.RunStatus;
import org.threadlens.store.StoreException;
import org.threadlens.store.ThreadStamp;

/**
 * The store side of an import: plans each record against what the store holds ({@link ImportPlan}), writes what
 * is to be stored in transactions of {@value #BATCH} threads (a DuckDB commit costs milliseconds whatever it holds),
 * and keeps the run's row current: counts every {@value RunRecorder#PROGRESS_SECONDS} s, each engine the records
 * carry (in {@code run_engines}, after the commit that stored its first thread), and at the end the layers and
 * settings hashes of the threads it stored. Each thread is stamped with the settings hash its record carries, so
 * that {@code annotate} treats it as it treats the threads it stored itself. Driving thread only.
 */
final class RecordImporter {
    static final int BATCH = 200;
    private static final String UNKNOWN = "unknown";

    private final CorpusStore store;
    private final int runId;
    private final ImportRun.Settings settings;
    private final ImportListener listener;
    private final ReadProblems problems;
    private final Set<String> enginesSeen = new HashSet<>();
    private final List<Map.Entry<Set<Layer>, EngineInfo>> enginesToRecord = new ArrayList<>();
    private final EnumSet<Layer> layers = EnumSet.noneOf(Layer.class);
    private final TreeMap<String, Long> settingsHashes = new TreeMap<>();
    private final TreeMap<String, Long> replaced = new TreeMap<>();
    private final List<String> conflictIds = new ArrayList<>();
    private long threadsRead;
    private long commentsRead;
    private long threadsStored;
    private long commentsStored;
    private long structureOnly;
    private long threadsSkipped;
    private long conflicts;
    private long lastProgress = System.nanoTime();

    private RecordImporter(int runId, ImportRun.Settings settings, ReadProblems problems, ImportListener listener) {
        this.store = settings.store();
        this.runId = runId;
        this.settings = settings;
        this.problems = problems;
        this.listener = listener;
    }

    /** Records the start of the run (its command, versions and inputs with size and SHA-256). */
    static RecordImporter start(ImportRun.Settings s, ReadProblems problems, ImportListener listener)
            throws StoreException {
        String json = settingsJson(s.replace(), Map.of());
        RunStart start = new RunStart(Instant.now(), s.command(), new RunStart.Versions(BuildInfo.threadLensVersion(),
                BuildInfo.coreNlpVersion(), BuildInfo.openNlpVersion(), System.getProperty("java.version")),
                ImportRun.ENGINE, Set.of(), json, sha256(json), RunRecorder.inputs(s.store(), s.inputs()));
        return new RecordImporter(s.store().startRun(start), s, problems, listener);
    }

    int runId() {
        return runId;
    }

    /** Stores, skips or keeps in conflict one record, as its plan says. */
    void accept(AnnotatedThread r, String contentHash) throws StoreException {
        var t = r.thread();
        threadsRead++;
        commentsRead += t.comments().size();
        EngineInfo engine = r.provenance().engine();
        Set<Layer> recordLayers = r.provenance().layerSet();
        String settingsHash = r.provenance().settingsHash();
        ImportPlan plan = ImportPlan.of(store.stored(t.platform(), t.id()).orElse(null), contentHash, settingsHash,
                engine == null ? null : engine.configHash(), recordLayers, settings.replace());
        switch (plan.action()) {
            case SKIP -> threadsSkipped++;
            case CONFLICT -> {
                conflicts++;
                if (conflictIds.size() < ImportRun.NAMED_CONFLICTS) {
                    conflictIds.add(t.id() + " (" + plan.reason() + ")");
                }
                listener.conflict(t.platform(), t.id(), plan.reason());
            }
            case STORE -> {
                store.write(r, new ThreadStamp(runId, contentHash, settingsHash));
                threadsStored++;
                commentsStored += t.comments().size();
                if (plan.reason() != null) {
                    replaced.merge(plan.reason(), 1L, Long::sum);
                }
                noteProvenance(recordLayers, engine, settingsHash, r.isAnnotated());
                if (store.uncommitted() >= BATCH) {
                    commit();
                }
            }
            default -> throw new IllegalStateException("unknown action " + plan.action());
        }
    }

    private void noteProvenance(Set<Layer> recordLayers, EngineInfo engine, String settingsHash, boolean annotated) {
        if (!annotated) {
            structureOnly++;
            return;
        }
        layers.addAll(recordLayers);
        settingsHashes.merge(settingsHash == null ? UNKNOWN : settingsHash, 1L, Long::sum);
        if (engine != null && enginesSeen.add(Layer.toList(recordLayers) + '\u0000' + engine.engine() + '\u0000'
                + engine.version() + '\u0000' + engine.annotators() + '\u0000' + engine.configHash())) {
            enginesToRecord.add(Map.entry(recordLayers, engine));
        }
    }

    /** Commits the threads written, then records the engines first met among them and, now and then, the counts. */
    void commit() throws StoreException {
        store.commit();
        for (Map.Entry<Set<Layer>, EngineInfo> e : enginesToRecord) {
            store.recordEngine(runId, e.getKey(), e.getValue(), List.of());
        }
        enginesToRecord.clear();
        listener.committed(commentsStored, commentsRead);
        long now = System.nanoTime();
        if (now - lastProgress >= RunRecorder.PROGRESS_SECONDS * 1_000_000_000L) {
            lastProgress = now;
            store.updateRun(runId, RunStatus.RUNNING, counts(), null);
        }
    }

    /** Records the end of the run: what its threads carry, its counts and status. */
    void finish(RunStatus status, String message) throws StoreException {
        Set<String> known = new HashSet<>(settingsHashes.keySet());
        String oneHash = known.size() == 1 && !known.contains(UNKNOWN) ? known.iterator().next() : null;
        store.describeRun(runId, layers, settingsJson(settings.replace(), settingsHashes), oneHash);
        store.updateRun(runId, status, counts(), message);
    }

    /** The run's counts as the {@code runs} table keeps them. */
    RunCounts counts() {
        TreeMap<String, Long> reasons = new TreeMap<>(replaced);
        if (conflicts > 0) {
            reasons.put("conflicting, kept as stored", conflicts);
        }
        return new RunCounts(threadsRead, threadsSkipped, threadsStored, commentsRead, commentsStored,
                problems.count(), problems.failedInputs(), 0, reasons);
    }

    /** @param stoppedBy nullable: the signal that stopped the run */
    ImportResult result(int inputs, int files, double seconds, String stoppedBy) {
        return new ImportResult(inputs, files, problems.failedInputs(), threadsRead, commentsRead, threadsStored,
                commentsStored, structureOnly, threadsSkipped, conflicts, conflictIds, replaced, problems.count(), runId,
                seconds, stoppedBy);
    }

    /** The import's settings for {@code runs.settings}: {@code replace}, and the stored threads by settings hash. */
    private static String settingsJson(boolean replace, Map<String, Long> hashes) {
        StringBuilder json = new StringBuilder("{\"replace\":").append(replace).append(",\"settingsHashes\":{");
        String sep = "";
        for (Map.Entry<String, Long> e : hashes.entrySet()) {
            json.append(sep).append('"').append(e.getKey()).append("\":").append(e.getValue());
            sep = ",";
        }
        return json.append("}}").toString();
    }

    private static String sha256(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
