package org.threadlens.read.pushshift;

import java.sql.SQLException;
import org.threadlens.read.SpillColumns;
import org.threadlens.thread.CommentKind;

/** {@link DumpRecord}s as rows of the reader's {@link org.threadlens.read.ThreadSpill}: one column per field. */
final class DumpColumns implements SpillColumns<DumpRecord> {
    private static final CommentKind[] KINDS = CommentKind.values();

    @Override
    public String thread(DumpRecord r) {
        return r.threadId();
    }

    @Override
    public long estimatedBytes(DumpRecord r) {
        return 128 + 2L * r.text().length();
    }

    @Override
    public String columns() {
        return "kind INTEGER, id VARCHAR, parent VARCHAR, author VARCHAR, score INTEGER, created BIGINT, text VARCHAR,"
                + " flags INTEGER, title VARCHAR, url VARCHAR, community VARCHAR, num_comments INTEGER, input INTEGER,"
                + " line BIGINT";
    }

    @Override
    public void write(DumpRecord r, Out out) throws SQLException {
        out.integer(r.kind().ordinal()).text(r.id()).text(r.parentId()).text(r.author()).integer(r.score())
                .number(r.createdUtc()).text(r.text()).integer(r.flags()).text(r.title()).text(r.url())
                .text(r.community()).integer(r.numComments()).integer(r.input()).number(r.line());
    }

    /** Reads the columns in their order: Java evaluates a constructor's arguments left to right. */
    @Override
    public DumpRecord read(In in) throws SQLException {
        return new DumpRecord(KINDS[in.integer()], in.thread(), in.text(), in.text(), in.text(), in.integer(),
                in.number(), in.text(), in.integer(), in.text(), in.text(), in.text(), in.integer(), in.integer(),
                in.number());
    }
}
