package org.threadlens.corenlp;

/**
 * The name {@code customOutputter} properties written for ThreadLens 0.1 use; it is
 * {@link org.threadlens.plugin.corenlp.ThreadLensJsonOutputter} under its old name, and goes in 0.3.
 */
@Deprecated(since = "0.2.0", forRemoval = true)
public final class ThreadLensJsonOutputter extends org.threadlens.plugin.corenlp.ThreadLensJsonOutputter {
}
