package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * What the first and the second signal do, without sending any (the real signals are sent to a real process
 * in {@code InterruptDuringAnnotateIT}).
 */
class InterruptsTest {
    private final List<String> console = new CopyOnWriteArrayList<>();
    private final List<Integer> halts = new CopyOnWriteArrayList<>();
    private final Interrupts interrupts = new Interrupts(console::add, halts::add);

    @Test
    void theFirstSignalRequestsAStopSaysSoAndSetsTheExitStatus() {
        assertFalse(interrupts.stopped());
        assertEquals(0, interrupts.exitCode());
        interrupts.received("INT", 2);
        assertTrue(interrupts.stopped());
        assertEquals("SIGINT", interrupts.stop().reason());
        assertEquals(130, interrupts.exitCode());
        assertEquals(List.of("threadlens: SIGINT: stopping after the work in hand (a second signal stops at once)"), console);
        assertEquals(List.of(), halts, "the command ends in its own time");
    }

    @Test
    void sigtermExitsWith143() {
        interrupts.received("TERM", 15);
        assertEquals("SIGTERM", interrupts.stop().reason());
        assertEquals(143, interrupts.exitCode());
    }

    @Test
    void aSecondSignalEndsTheProcessAtOnceWithItsOwnStatus() {
        interrupts.received("INT", 2);
        interrupts.received("TERM", 15);
        assertEquals(143, halts.get(0), "128 + SIGTERM's number");
        assertEquals("threadlens: SIGTERM again: stopping at once (as after kill -9: what is stored stays whole; run the "
                + "same command again to resume)", console.get(1));
        assertEquals("SIGINT", interrupts.stop().reason(), "the stop keeps its first reason");
    }

    @Test
    void aSecondSignalEndsTheProcessEvenIfTheConsoleIsBlocked() throws Exception {
        Interrupts blocked = new Interrupts(line -> {
            if (line.contains("again")) {
                halts.add(-1); // stands for the process ending while the message waits
                sleep(5_000);
            }
        }, halts::add);
        blocked.received("INT", 2);
        Thread second = new Thread(() -> blocked.received("INT", 2));
        second.setDaemon(true);
        second.start();
        long start = System.nanoTime();
        while (halts.size() < 2 && System.nanoTime() - start < 3_000_000_000L) {
            Thread.sleep(10);
        }
        assertEquals(List.of(-1, 130), halts, "halted about 200 ms after the second signal, the message still blocked");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
