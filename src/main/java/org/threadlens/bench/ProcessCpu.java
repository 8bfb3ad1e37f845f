package org.threadlens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * CPU time of this process (all its threads), from the JVM's operating-system bean. The benchmark reports it
 * beside wall time because on a shared machine wall time also measures the neighbours.
 */
final class ProcessCpu {
    private ProcessCpu() {
    }

    /** CPU nanoseconds used so far, or -1 where the JVM does not say. */
    static long nanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU seconds used since {@code startNanos} (a value of {@link #nanos()}), or -1 if unknown. */
    static double secondsSince(long startNanos) {
        long now = nanos();
        return startNanos < 0 || now < 0 ? -1 : (now - startNanos) / 1e9;
    }
}
