/**
 * Runs: the flow from input files to outputs, joining the stages (read → prepare → annotate → analyze →
 * store / export), with counts and events for the command line. This is where the stages meet; each stage's
 * own logic stays in its package. Not thread-safe: a run is driven by one thread, and annotation work goes to
 * its worker pool. A run can be asked to stop from any thread ({@link org.threadlens.pipeline.RunStop}: the
 * command line's answer to SIGINT and SIGTERM); it then keeps what is whole and drops what is in hand.
 *
 * <p>Evaluation and training runs use the same path on labelled texts: {@link org.threadlens.pipeline.Batches}
 * annotates them as {@code annotate} annotates comments, for a setup ({@link org.threadlens.pipeline.EvalSetup}:
 * plain CoreNLP or a ThreadLens profile) chosen by {@code threadlens eval}.
 *
 * <p>{@link org.threadlens.pipeline.ImportRun} is the other way into the store: records annotated elsewhere (a
 * Spark job, another machine's {@code --out}) stored as they are, by the rules of a resumed annotation run.
 */
package org.threadlens.pipeline;
