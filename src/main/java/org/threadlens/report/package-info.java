/**
 * The HTML report ({@code threadlens report}): one self-contained page about the threads of a store — an
 * overview of the corpus, then per thread its mood with shares and 95% intervals, sentiment by depth and over
 * time, reply dynamics, entities with their sentiment (linked to their Wikipedia articles where ThreadLens linked
 * them, and marked where a merge was ambiguous), where the scorers agree, and the reply tree coloured by
 * sentiment.
 *
 * <p>Self-contained means readable offline and forever: inline CSS and inline SVG drawn here, no script, no
 * font, image or style sheet fetched from anywhere, and a Content-Security-Policy that would block any. All
 * user text (titles, comments, authors, communities, ids, entity names) is escaped by {@link
 * org.threadlens.report.Html#escape}; a thread's link is shown only if it is an http(s) URL, an entity's only as
 * the https address of its Wikipedia title. Every chart carries
 * its numbers as text too; colours follow {@link org.threadlens.report.Colours} (contrast-checked).
 *
 * <p>Limits ({@link org.threadlens.report.ReportOptions}): sections for the first 100 threads, reply trees of
 * the first 500 comments in thread order, the 15 most mentioned entities, excerpts of 180 code points; the page
 * says whenever something was left out, and the charts always count everything.
 *
 * <p>This package never calls an NLP model and never reads files: it renders records it is given.
 */
package org.threadlens.report;
