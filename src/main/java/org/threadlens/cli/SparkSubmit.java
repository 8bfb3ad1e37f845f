package org.threadlens.cli;

/**
 * The {@code spark-submit} entry point, and the {@code Main-Class} of the Spark jar:
 * {@code spark-submit threadlens-VERSION-spark.jar [options] INPUT...} takes the options of
 * {@code threadlens spark}. It lives in {@code cli}, which depends on {@code spark}, so that the job itself
 * ({@code spark.ThreadLensSparkJob}) never depends back on the command line.
 */
public final class SparkSubmit {
    private SparkSubmit() {
    }

    /**
     * Runs {@code threadlens spark ARGS}. Exits only on failure: a driver that returns normally is what
     * cluster managers (YARN's application master) count as success.
     */
    public static void main(String[] args) {
        String[] command = new String[args.length + 1];
        command[0] = "spark";
        System.arraycopy(args, 0, command, 1, args.length);
        int status = ThreadLensCommand.execute(command, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }
}
