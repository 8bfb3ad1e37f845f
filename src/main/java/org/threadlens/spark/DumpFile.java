package org.threadlens.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file of a job.
 *
 * @param index its place among the job's files, in the order the inputs were given (ties in input order
 *              within a thread follow it, as in the single-machine reader)
 * @param name  the input as the user named it (or, for a file found in a directory or by a glob, its full
 *              path): what messages and the threads' {@code source.file} say
 * @param path  the Hadoop path to open, qualified ({@code file:/...}, {@code hdfs://...}, {@code s3a://...})
 */
record DumpFile(int index, String name, String path) implements Serializable {
    private static final long serialVersionUID = 1L;

    DumpFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }
}
