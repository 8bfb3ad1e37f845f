package org.threadlens.annotate;

import java.util.Map;

/**
 * A step over a whole thread once every text of it is annotated: what needs the thread rather than one
 * comment (entity resolution: a thread-wide type vote, merging mentions, linking). Run by
 * {@link ThreadAnnotator} on the worker that completes the thread; implementations are thread-safe.
 */
public interface ThreadRefiner {
    /** The thread's annotations refined; the same thread and texts, the same comments. */
    ThreadAnnotations refine(ThreadAnnotations annotated);

    /** What configures the step, recorded in the provenance beside the engine's settings (names to values). */
    Map<String, String> settings();
}
