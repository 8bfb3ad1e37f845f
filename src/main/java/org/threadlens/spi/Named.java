package org.threadlens.spi;

/**
 * An extension found by name: a thread reader, an annotator engine or a corpus exporter.
 * Names are lower case, with {@code -} between words, unique within their extension point.
 */
public interface Named {
    /** The id users type ({@code --format reddit-text}) and plugin.xml declares. */
    String name();

    /** One line saying what it does, shown by {@code threadlens plugins} and in error messages. */
    String description();
}
