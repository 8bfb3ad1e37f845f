package org.threadlens.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * The JVM's own work so far: milliseconds its JIT compilers and its garbage collectors have spent. The
 * benchmark reports both per round because they are what differs between early and late rounds (the JIT
 * compiles ThreadLens's own code, the reader, the store's appenders, during the first rounds after
 * CoreNLP's is already compiled) and between the two sides (ThreadLens allocates records and rows).
 *
 * @param jitMillis compilation time, or -1 where the JVM does not say
 * @param gcMillis  collection time summed over collectors (G1's young and old), or -1 where unknown
 */
record JvmWork(long jitMillis, long gcMillis) {
    static JvmWork now() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long compiled = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
        long collected = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            long t = gc.getCollectionTime();
            if (t < 0) {
                collected = -1;
                break;
            }
            collected += t;
        }
        return new JvmWork(compiled, collected);
    }

    /** Seconds of JIT compilation since {@code start}; -1 if unknown. */
    double jitSecondsSince(JvmWork start) {
        return jitMillis < 0 || start.jitMillis < 0 ? -1 : (jitMillis - start.jitMillis) / 1e3;
    }

    /** Seconds of garbage collection since {@code start}; -1 if unknown. */
    double gcSecondsSince(JvmWork start) {
        return gcMillis < 0 || start.gcMillis < 0 ? -1 : (gcMillis - start.gcMillis) / 1e3;
    }
}
