/**
 * The plugin surface: {@code plugin.xml} (the manifest a host reads without running ThreadLens code, copied
 * into the jar as {@code META-INF/plugin.xml}; grammar {@code org/threadlens/plugin/plugin-1.xsd}), and the
 * registry that joins what it declares with what {@link java.util.ServiceLoader} finds and what models are on the
 * classpath, or, for the large ones downloaded on first use, in the local Maven repository or ThreadLens's cache
 * ({@link org.threadlens.plugin.ModelLocations}).
 *
 * <p>XML is parsed with the JDK's own parser (never one that happens to be on the classpath), with DOCTYPE
 * declarations refused: no external entities, no entity expansion, no external DTD or schema, no XInclude; it
 * is validated against the schema shipped in the jar, never one the document names. Extensions are found by
 * name; an unknown name is answered with the names that exist. No class is ever loaded by a name taken from
 * input data: only names from plugin.xml and {@code META-INF/services} are loaded.
 */
package org.threadlens.plugin;
