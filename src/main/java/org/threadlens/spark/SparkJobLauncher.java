package org.threadlens.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a job in a Spark session: the one already there (a notebook's, a test's), else a new one from
 * {@code spark-submit}'s settings, else a local one. A local session binds to the loopback address, so that a
 * laptop run needs no network. A session this started is stopped at the end.
 */
public final class SparkJobLauncher {
    /** The master when neither {@code --master} nor {@code spark-submit} names one: every local core. */
    public static final String DEFAULT_MASTER = "local[*]";

    private SparkJobLauncher() {
    }

    /**
     * @param master nullable: the master URL ({@code --master}); null takes spark-submit's, else {@link #DEFAULT_MASTER}
     * @param conf   Spark settings ({@code --conf}), over spark-submit's
     * @throws org.threadlens.read.InputFormatException in strict mode, the first problem (file, line, what was expected)
     */
    public static SparkJobResult run(String master, Map<String, String> conf, SparkJobSettings settings) throws Exception {
        boolean joined = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        SparkConf sc = new SparkConf();
        if (master != null) {
            sc.setMaster(master);
        } else if (!sc.contains("spark.master")) {
            sc.setMaster(DEFAULT_MASTER);
        }
        conf.forEach(sc::set);
        sc.setIfMissing("spark.app.name", "threadlens");
        if (sc.get("spark.master").startsWith("local")) {
            sc.setIfMissing("spark.driver.host", "127.0.0.1");
            sc.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = SparkSession.builder().config(sc).getOrCreate();
        try {
            return ThreadLensSparkJob.run(spark, settings);
        } catch (Exception e) {
            throw strictStopIn(e);
        } finally {
            if (!joined) {
                spark.stop();
            }
        }
    }

    /** The problem that stopped a strict job, if that is what failed it (Spark wraps it in its job failure). */
    private static Exception strictStopIn(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StrictModeStop stop && stop.getCause() instanceof Exception problem) {
                return problem;
            }
        }
        return failure;
    }
}
