package org.threadlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar as spark-submit runs it: in a JVM of its own whose classpath is Spark's jars alone (resolved
 * on their own, as a Spark distribution has them), with Spark's {@code SparkSubmit} loading the job jar and
 * CoreNLP's models behind them ({@code src/test/spark/spark-submit-layout.sh}). Spark's Jackson, protobuf,
 * commons and logging come first there, so this checks the job jar's relocations and exclusions: the job
 * runs, reads, annotates with the full CoreNLP pipeline, and writes the records the single-machine path writes.
 */
class SparkSubmitLayoutIT {
    @TempDir
    Path dir;

    @Test
    void theJobJarRunsBehindSparksOwnJarsAndWritesTheSingleMachineRecords() throws Exception {
        List<String> inputs = SparkJobIT.smallDumps();
        List<String> command = new ArrayList<>(List.of("src/test/spark/spark-submit-layout.sh", "--master", "local[2]", "--"));
        command.addAll(SparkJobIT.NO_TIME_LIMITS);
        command.addAll(List.of("--out", dir.resolve("submitted").toString()));
        command.addAll(inputs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("submit.log").toFile());
        pb.environment().put("JAVA_HEAP", "3g");
        Process p = pb.start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "spark-submit did not finish in 15 minutes");
        String log = Files.readString(dir.resolve("submit.log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("annotated 4 threads"), log);

        assertEquals(SparkJobIT.singleMachine(dir.resolve("single.jsonl"), inputs),
                SparkJobIT.records(dir.resolve("submitted")));
    }
}
