/**
 * The embedded corpus store: a DuckDB file (default {@code threadlens.duckdb}) holding every annotated
 * thread in tables people query without ThreadLens (schema version 5: {@code schema-v5.sql} beside these
 * classes, documented table by table in docs/store.md), the runs that wrote it, and their provenance.
 *
 * <p>Contracts: a thread is written in one transaction, all its rows in every table, so it is stored whole or
 * not at all, even if the process is killed; storing it again replaces every row ({@link
 * org.threadlens.store.ThreadTables}). Reading gives back records equal to those stored ({@link
 * org.threadlens.store.StoredRecords}). Each stored thread carries its content hash ({@link
 * org.threadlens.store.ThreadFingerprint}), its settings hash and the run that annotated it, so that a later
 * run can skip what is done. DuckDB lets one process write a file and none read it meanwhile; a second one
 * gets a {@link org.threadlens.store.StoreException} naming the writer's PID. Files of earlier schemas are migrated,
 * newer or foreign files refused untouched.
 *
 * <p>Nullness: nothing here accepts or returns null unless documented. This package never does NLP.
 */
package org.threadlens.store;
