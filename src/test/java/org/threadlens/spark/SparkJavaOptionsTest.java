package org.threadlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * The JVM options the build gives Spark (integration tests, bin/threadlens spark, the spark-submit layout
 * script) are the ones Spark's own launcher gives: checked against the Spark on the classpath, so that a Spark
 * upgrade that needs new ones fails here rather than in an obscure access error.
 */
class SparkJavaOptionsTest {
    @Test
    void theBuildsOptionsAreSparksLaunchOptions() throws Exception {
        String ours;
        try (InputStream in = SparkJavaOptionsTest.class.getResourceAsStream("/org/threadlens/spark/java-options.txt")) {
            ours = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertEquals(List.of(JavaModuleOptions.defaultModuleOptionArray()), List.of(ours.split(" ")));
    }
}
