/**
 * The Stanford CoreNLP engine: builds one pipeline per process for the layers asked for, and translates
 * CoreNLP's output (char offsets into the prepared plain text) into annotation records (code points into
 * the source text).
 *
 * <p>One {@link edu.stanford.nlp.pipeline.StanfordCoreNLP} is shared by all worker threads, as CoreNLP's own
 * server does: its annotators are thread-safe, and one copy of the models (GBs) is enough.
 */
package org.threadlens.annotate.corenlp;
