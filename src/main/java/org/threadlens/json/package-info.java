/**
 * JSON parsing with limits, shared by the readers, the record format and the store:
 * {@link org.threadlens.json.JsonLimits} bounds nesting depth, string, number and document length and refuses
 * duplicate keys, so that a hostile file cannot take the process down. Imports nothing of ThreadLens's.
 * Thread-safe.
 */
package org.threadlens.json;
