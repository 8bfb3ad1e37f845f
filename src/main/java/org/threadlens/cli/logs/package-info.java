/**
 * The libraries' log lines during a command (CoreNLP, which logs through Redwood to SLF4J; OpenNLP, DuckDB and
 * others through SLF4J): gathered instead of printed, so that a long run's terminal shows its progress and
 * ThreadLens's own messages. {@link org.threadlens.cli.logs.GatedServiceProvider} is SLF4J's provider in the
 * command line's JVM ({@link org.threadlens.cli.logs.LogGate#selectProvider()}, before anything logs): it hands
 * every line to the sink a command opened ({@link org.threadlens.cli.logs.GatheredLogs}) and, when none is open,
 * to the provider it wraps (slf4j-simple, configured by {@code simplelogger.properties}), as before. Which lines
 * are logged at all is still that provider's configuration (warnings and errors by default).
 *
 * <p>Never here: ThreadLens's own messages, which the commands print themselves.
 */
package org.threadlens.cli.logs;
