package org.threadlens.read.mapped;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadGrouper;

/**
 * Rows of one CSV input (RFC 4180, a header line naming the columns; quoted fields may span lines; empty
 * lines between records are ignored; a UTF-8 byte-order mark is skipped). The text must be UTF-8. A record
 * whose number of fields differs from the header's is skipped (its fields cannot be told apart). CSV cannot
 * resynchronise after a syntax error, so one ends the input there: the rows before it are kept.
 */
final class CsvRows {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private CsvRows() {
    }

    /** The header's columns, for messages; empty text if the file has none or cannot be read. */
    static String columns(InputFile input, int maxRecordChars) {
        try (CSVParser p = FORMAT.parse(reader(input, maxRecordChars))) {
            return String.join(", ", p.getHeaderNames());
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            return "";
        }
    }

    /**
     * Reads every row of the input into the grouper.
     *
     * @throws InputFormatException if the input cannot be opened, the header lacks a mapped column, or at a
     *                              syntax error or break
     * @throws IOException          only from the grouper (the spill), never for the input
     */
    static void read(InputFile input, FieldMapping mapping, RowParser parser, ThreadGrouper grouper,
            ReadProblems problems, int maxRecordChars) throws IOException, InputFormatException {
        String file = input.name();
        RecordLimit limited;
        try {
            limited = reader(input, maxRecordChars);
        } catch (IOException e) {
            throw InputFormatException.brokenOff(file, 0, e);
        }
        CSVParser csv;
        try {
            csv = FORMAT.parse(limited);
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            limited.close();
            throw new InputFormatException(file, 1, "expected a CSV header line naming the columns: " + reason(e));
        }
        try (csv) {
            checkHeader(file, csv.getHeaderNames(), mapping);
            Iterator<CSVRecord> records = csv.iterator();
            while (true) {
                limited.startRecord();
                long line = csv.getCurrentLineNumber() + 1;
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new InputFormatException(file, line, "expected RFC 4180 CSV: " + reason(e)
                            + "; the rest of the file is not read");
                }
                String where = "record " + r.getRecordNumber() + ": ";
                if (!r.isConsistent()) {
                    problems.skipped(new ReadProblem(file, line, where + "expected " + csv.getHeaderNames().size()
                            + " fields as in the header, found " + r.size()));
                    continue;
                }
                parser.addTo(grouper, field -> r.get(mapping.column(field)), file, line, where, problems);
            }
        }
    }

    private static void checkHeader(String file, List<String> header, FieldMapping mapping) throws InputFormatException {
        if (header.isEmpty()) {
            throw new InputFormatException(file, 1, "expected a CSV header line naming the columns, found an empty file");
        }
        for (var e : mapping.columns().entrySet()) {
            if (!header.contains(e.getValue())) {
                throw new InputFormatException(file, 1, "--map " + e.getKey().key() + "=" + e.getValue() + ": no column '"
                        + e.getValue() + "' in the header; the columns are: " + String.join(", ", header));
            }
        }
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof CharacterCodingException) {
            return "invalid UTF-8 (expected UTF-8 text)";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static RecordLimit reader(InputFile input, int maxRecordChars) throws IOException {
        Reader r = new InputStreamReader(input.openBytes(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return new RecordLimit(r, maxRecordChars);
    }

    /**
     * Skips a byte-order mark, and refuses records longer than a limit, so that an unclosed quote cannot pull
     * the rest of a large file into one field in memory. The count includes the parser's read-ahead (a few KB).
     */
    private static final class RecordLimit extends FilterReader {
        private final long max;
        private long count;
        private boolean started;

        RecordLimit(Reader in, long max) {
            super(in);
            this.max = max;
        }

        void startRecord() {
            count = 0;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (!started && n > 0) {
                started = true;
                if (buf[off] == '\uFEFF') {
                    System.arraycopy(buf, off + 1, buf, off, n - 1);
                    n--;
                    if (n == 0) {
                        return read(buf, off, len);
                    }
                }
            }
            if (n > 0) {
                count += n;
                if (count > max + 65536) {
                    throw new IOException("a record longer than " + max + " characters (an unclosed quote?)");
                }
            }
            return n;
        }
    }
}
