package org.threadlens.sentiment.train;

import java.util.List;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotator;

/**
 * Annotates labelled texts the way {@code threadlens annotate} annotates comments, with the scorers training
 * has just made. Training receives it from its caller (the command line builds it over the pipeline's
 * {@code Batches}), so that the sentiment package never depends on the pipeline that runs it.
 */
public interface TextsAnnotator {
    /** The annotations of {@code texts}, in their order, prepared and scored with {@code options}. */
    List<TextAnnotations> annotate(List<String> texts, ThreadAnnotator.Options options);

    /** The engine behind it, for the trained models' provenance. */
    EngineInfo engine();
}
