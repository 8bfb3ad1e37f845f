/**
 * JMH benchmarks of ThreadLens's own hot paths — reading, text preparation, record writing — which must be
 * nearly free beside CoreNLP. Not tests: {@code src/test/bench/jmh.sh} runs them.
 */
package org.threadlens.jmh;
