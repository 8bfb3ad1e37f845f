package org.threadlens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The peak of used heap during a phase, sampled every {@value #PERIOD_MS} ms on a daemon thread (pools'
 * own peaks do not coincide in time, so their sum would overstate it). Start, run the phase, stop.
 */
final class HeapSampler implements AutoCloseable {
    static final int PERIOD_MS = 20;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        peak = memory.getHeapMemoryUsage().getUsed();
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "threadlens-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Peak used heap so far, in bytes. */
    long peak() {
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
