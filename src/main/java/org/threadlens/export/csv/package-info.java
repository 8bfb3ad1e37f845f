/**
 * CSV export ({@code csv}): a directory of RFC 4180 tables, one file per {@link
 * org.threadlens.export.tables.Table} ({@code threads.csv}, {@code comments.csv}, {@code sentences.csv},
 * {@code entities.csv}, {@code entity_sentiment.csv}; {@code tokens.csv} with {@code --tokens}) and the export's
 * {@code provenance.json}, written through commons-csv so that {@code pandas.read_csv(path)}, DuckDB's
 * {@code read_csv} and spreadsheets load them with no options.
 *
 * <p>Each file starts with a header of the table's column names; records end with CRLF; a value is quoted when
 * it holds a comma, a quote (doubled inside), a line break or leading or trailing space; texts are kept exactly,
 * line breaks included. An absent value (null) is an empty field; booleans are {@code true}/{@code false};
 * numbers as Java writes them (full precision); list columns are JSON arrays ({@code ["a","b"]}). UTF-8, no
 * byte-order mark. The directory appears whole when the export is done (see {@link
 * org.threadlens.export.AtomicDirectory}). Nothing here does NLP.
 */
package org.threadlens.export.csv;
