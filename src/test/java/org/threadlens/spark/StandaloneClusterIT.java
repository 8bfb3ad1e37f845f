package org.threadlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster path end to end: a Spark standalone master and two workers, each its own JVM on this machine
 * (loopback only), the job submitted through Spark's {@code SparkSubmit} with the job jar
 * ({@code src/test/spark/standalone-cluster.sh}), its tasks on executor JVMs the workers launch, each loading
 * CoreNLP for itself. Its records must equal the single-machine run's; imported into a store as they are, they
 * make a report and export back unchanged. Skipped, with the logs, when this machine cannot start a master and
 * its workers.
 */
class StandaloneClusterIT {
    @TempDir
    Path dir;

    @Test
    void theJobOnTwoWorkersWritesTheSingleMachineRecords() throws Exception {
        List<String> inputs = SparkJobIT.smallDumps();
        Path cluster = dir.resolve("cluster");
        List<String> command = new ArrayList<>(List.of("src/test/spark/standalone-cluster.sh", cluster.toString(), "--"));
        command.addAll(SparkJobIT.NO_TIME_LIMITS);
        // with their tokens, the records rebuild exactly from the store (the length-weighted mood counts tokens)
        command.addAll(List.of("--tokens", "--out", dir.resolve("cluster-out").toString()));
        command.addAll(inputs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("cluster.log").toFile());
        pb.environment().put("EXECUTOR_MEMORY", "3g");
        Process p = pb.start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the cluster run did not finish in 15 minutes");
        String log = Files.readString(dir.resolve("cluster.log"), StandardCharsets.UTF_8);
        Assumptions.assumeFalse(p.exitValue() == 3 || p.exitValue() == 4,
                () -> "this machine cannot start a Spark standalone cluster: " + log);
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("annotated 4 threads"), log);
        assertEquals(2, executorsThatRanTasks(cluster), "both workers' executors ran tasks: " + log);

        assertEquals(SparkJobIT.singleMachine(dir.resolve("single.jsonl"), inputs, "--tokens"),
                SparkJobIT.records(dir.resolve("cluster-out")));

        // the cluster's records into a store as they are, then the store's report and export
        String db = dir.resolve("cluster.duckdb").toString();
        SparkJobIT.Run imported = SparkJobIT.run("import", dir.resolve("cluster-out").toString(), "--db", db);
        assertEquals(0, imported.exit(), imported.stderr());
        assertTrue(imported.stderr().contains("imported 4 threads (11 texts)"), imported.stderr());
        SparkJobIT.Run report = SparkJobIT.run("report", "--db", db, "--out", dir.resolve("report.html").toString());
        assertEquals(0, report.exit(), report.stderr());
        assertTrue(Files.readString(dir.resolve("report.html")).contains("The corpus over time"));
        SparkJobIT.Run export = SparkJobIT.run("export", "--db", db, "--to", "jsonl", "--tokens", "--out",
                dir.resolve("exported.jsonl").toString());
        assertEquals(0, export.exit(), export.stderr());
        assertEquals(SparkJobIT.records(dir.resolve("cluster-out")), SparkJobIT.records(dir.resolve("exported.jsonl")));
    }

    /** Executors (each a JVM a worker launched) whose log shows a finished task. */
    private static long executorsThatRanTasks(Path cluster) throws Exception {
        try (Stream<Path> logs = Files.walk(cluster.resolve("work"))) {
            return logs.filter(f -> f.getFileName().toString().equals("stderr")).filter(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).contains("Finished task");
                } catch (java.io.IOException e) {
                    return false;
                }
            }).count();
        }
    }
}
