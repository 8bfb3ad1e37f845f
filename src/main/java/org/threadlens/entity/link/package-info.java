/**
 * Links thread-level entities to English Wikipedia articles, and leaves them unlinked rather than guess.
 *
 * <ul>
 *   <li>{@link org.threadlens.entity.link.LinkIndex}: CoreNLP's link dictionary ({@code wikidict.tab.gz} in the
 *       4.5.10 English KBP models jar: 20.9M surface → article rows) as memory-mapped files in the ThreadLens cache
 *       ({@link org.threadlens.entity.link.CacheDirectory}), built once per machine from the jar
 *       ({@link org.threadlens.entity.link.LinkModelJar}: local Maven repository, cache, or a verified download);
 *       off the heap, so a run's heap does not grow with the dictionary.</li>
 *   <li>{@link org.threadlens.entity.link.EntityLinker}: the rules that decide, over any
 *       {@link org.threadlens.entity.link.LinkDictionary}, with the reason of each
 *       {@link org.threadlens.entity.link.LinkDecision}.</li>
 * </ul>
 *
 * <p>Never does: merge mentions into entities (its caller gives it the thread-level entity), call CoreNLP, or load
 * the dictionary onto the heap. Imports only the JDK.
 */
package org.threadlens.entity.link;
