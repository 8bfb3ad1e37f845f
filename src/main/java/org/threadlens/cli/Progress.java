package org.threadlens.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display on stderr (comments done / read, rate, ETA), redrawn at most five times a
 * second; shown only when stderr is a terminal (the launcher says so with {@code -Dthreadlens.tty=true}).
 * Called from the run's driving thread only.
 */
final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private long read;
    private long done;
    private boolean drawn;

    Progress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static boolean stderrIsTerminal() {
        return Boolean.getBoolean("threadlens.tty");
    }

    void read(long comments) {
        read += comments;
        draw(false);
    }

    void done(long comments) {
        done += comments;
        draw(false);
    }

    /** Erases the line so that a message can be printed in its place. */
    void clear() {
        if (drawn) {
            err.print("\r\u001B[K");
            err.flush();
            drawn = false;
        }
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!enabled || (!force && now - lastDraw < REDRAW_NANOS)) {
            return;
        }
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? formatSeconds((read - done) / rate) : "--:--";
        err.printf(Locale.ROOT, "\r\u001B[Kannotating: %d/%d comments  %.1f comments/s  ETA %s", done, read, rate, eta);
        err.flush();
        drawn = true;
    }

    static String formatSeconds(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }
}
