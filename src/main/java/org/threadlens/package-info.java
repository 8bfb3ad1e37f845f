/**
 * ThreadLens reads discussion threads, annotates every comment with Stanford CoreNLP, rolls the annotations
 * up to thread level and exports annotated corpora. One sub-package per stage of the flow:
 * {@code thread} (the model) → {@code read} → {@code text} → {@code annotate} → {@code analyze} →
 * {@code record} (the annotated thread and its JSON form) → {@code store} / {@code export}; {@code run} joins
 * the stages, {@code cli} is the command line and {@code plugin} the extension registry.
 */
package org.threadlens;
