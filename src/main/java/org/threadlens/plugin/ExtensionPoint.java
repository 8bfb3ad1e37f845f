package org.threadlens.plugin;

import org.threadlens.annotate.CommentAnnotatorProvider;
import org.threadlens.export.CorpusExporter;
import org.threadlens.read.ThreadReader;
import org.threadlens.spi.Named;

/** The kinds of extension plugin.xml declares, each with its element name and its Java interface. */
public enum ExtensionPoint {
    THREAD_READER("thread-reader", ThreadReader.class),
    ANNOTATOR("annotator", CommentAnnotatorProvider.class),
    EXPORTER("exporter", CorpusExporter.class);

    private final String element;
    private final Class<? extends Named> type;

    ExtensionPoint(String element, Class<? extends Named> type) {
        this.element = element;
        this.type = type;
    }

    /** The element name in plugin.xml. */
    public String element() {
        return element;
    }

    /** The interface implementations register under in {@code META-INF/services}. */
    public Class<? extends Named> type() {
        return type;
    }

    public static ExtensionPoint ofElement(String element) {
        for (ExtensionPoint p : values()) {
            if (p.element.equals(element)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown extension element <" + element + ">");
    }
}
