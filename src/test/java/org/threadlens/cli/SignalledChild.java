package org.threadlens.cli;

/**
 * A JVM whose command takes a minute to stop once asked (as a run does while it loads models or commits a large
 * batch), for the second-signal test of {@code InterruptDuringAnnotateIT}: it handles signals as {@code annotate}
 * does, prints {@code ready}, waits for a stop request, then would take 60 s before exiting with the signal's
 * status; a second signal must end it at once.
 */
public final class SignalledChild {
    private SignalledChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Interrupts interrupts = Interrupts.install(System.err::println)) {
            System.err.println("ready");
            while (!interrupts.stopped()) {
                Thread.sleep(10);
            }
            Thread.sleep(60_000);
            System.exit(interrupts.exitCode());
        }
    }
}
