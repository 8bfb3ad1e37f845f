/**
 * Faults during a run, for real: {@code threadlens annotate} in child JVMs killed with SIGKILL at random
 * points (store mode and {@code --out} mode) and run again, and runs out of disk space (a file-size limit,
 * {@code ulimit -f}, turns every write past it into "File too large", as a full disk does) or with an output
 * that cannot be written. What is checked afterwards: nothing lost, nothing duplicated, no corrupt output, a
 * consistent store, a clear message and no stack trace. Integration tests (*IT): they take a minute.
 */
package org.threadlens.faults;
