/**
 * Runs: the flow from input files to outputs, joining the stages (read → prepare → annotate → analyze →
 * store / export), with counts and events for the command line. This is where the stages meet; each stage's
 * own logic stays in its package. Not thread-safe: a run is driven by one thread, and annotation work goes to
 * its worker pool.
 */
package org.threadlens.run;
