/**
 * Deprecated: the 0.1 names of ThreadLens's annotators and outputter for a stock CoreNLP pipeline, kept for one
 * release so that CoreNLP properties files naming them ({@code customAnnotatorClass.threadlens_vader =
 * org.threadlens.corenlp.VaderAnnotator}) keep working. Each class only extends its namesake in
 * {@link org.threadlens.plugin.corenlp}; this package goes in 0.3.
 */
package org.threadlens.corenlp;
