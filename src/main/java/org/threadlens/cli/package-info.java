/**
 * The command line ({@code bin/threadlens}): picocli commands that parse options, call a run, and print
 * progress, summaries and messages. No business logic lives here.
 *
 * <p>Exit status: 0 success (records skipped as unreadable are counted and reported, and still succeed);
 * 1 the run failed (I/O, store, internal error); 2 bad usage, or input that could not be read at all;
 * 130 / 143 stopped by SIGINT / SIGTERM ({@link org.threadlens.cli.Interrupts}), having said what it kept.
 * Messages name the file, the line or record, and what was expected; a stack trace is shown only with
 * {@code --debug}. The libraries' own log lines are gathered while a command runs ({@code cli.logs}), so that
 * they do not cut into its progress line.
 */
package org.threadlens.cli;
