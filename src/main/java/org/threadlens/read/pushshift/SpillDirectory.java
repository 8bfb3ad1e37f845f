package org.threadlens.read.pushshift;

/**
 * The name of the reader's spill directory: {@code threadlens-pushshift-...} under the work directory.
 * {@link org.threadlens.read.ThreadSpill} makes it, and deletes it on close, or at exit if the JVM ends first.
 */
final class SpillDirectory {
    static final String PREFIX = "threadlens-pushshift-";

    private SpillDirectory() {
    }
}
