package org.threadlens.annotate;

import java.util.Set;

/**
 * An open annotation engine: annotates one text at a time into {@link TextAnnotations}.
 *
 * <p>Lifecycle: {@link CommentAnnotatorProvider#open} builds it once (loading models is the expensive part);
 * then {@link #annotate} any number of times, from any number of threads; then {@link #close}.
 * Implementations must be thread-safe.
 *
 * <p>An engine translates: it reads {@code text().plain()}, maps its output to code-point spans in the source
 * text with {@link org.threadlens.text.PreparedText#toSource}, reports each token's word through
 * {@link org.threadlens.text.PreparedText#wordFor} (so that placeholders read as their source), and an
 * entity's text as the source slice. It decides no policy (what to skip, how to aggregate).
 */
public interface CommentAnnotator extends AutoCloseable {

    /** The layers this engine produces, as configured. */
    Set<Layer> layers();

    /** The engine and its settings, for provenance. */
    EngineInfo info();

    /**
     * Annotates one text. Offsets in the result are code points of {@code input.text().source()}.
     *
     * @throws AnnotationException if the engine fails on this text; the caller counts and reports it
     */
    TextAnnotations annotate(AnnotationInput input) throws AnnotationException;

    /**
     * Whether the annotations of a text may depend on when it was written (relative dates resolved against
     * {@link AnnotationInput#createdUtc()}); if not, identical texts always get identical annotations.
     */
    default boolean dependsOnDate() {
        return true;
    }

    /** Releases what {@code open} acquired; idempotent. */
    @Override
    void close();
}
