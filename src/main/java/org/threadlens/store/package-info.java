/**
 * The embedded corpus store: a DuckDB file (default {@code threadlens.duckdb}) holding every annotated
 * thread, queryable without ThreadLens from the DuckDB CLI or Python.
 *
 * <p>Writes are one transaction per thread: a thread is either stored whole or not at all, and storing a
 * thread again replaces it. DuckDB allows one writing process per file; a second one is refused with a
 * {@link org.threadlens.store.StoreException} saying so. Nullness: nothing here accepts or returns null
 * unless documented. This package never does NLP.
 */
package org.threadlens.store;
