package org.threadlens.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.threadlens.read.pushshift.DumpRecord;
import org.threadlens.read.SpillText;
import org.threadlens.thread.CommentKind;

/**
 * {@link DumpRecord}s as the rows Spark shuffles: one column per field. Spark's strings are UTF-8, which
 * cannot hold a lone UTF-16 surrogate (JSON allows one, dumps have them where an emoji was cut), so a free
 * text holding one travels hex-encoded, and the {@code escaped} column says which ({@link SpillText}, the
 * reader's spill does the same). Stateless.
 */
final class RecordRows {
    static final String THREAD = "thread";

    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField(THREAD, DataTypes.StringType, false),
        DataTypes.createStructField("kind", DataTypes.ByteType, false),
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("parent", DataTypes.StringType, true),
        DataTypes.createStructField("author", DataTypes.StringType, true),
        DataTypes.createStructField("score", DataTypes.IntegerType, true),
        DataTypes.createStructField("created", DataTypes.LongType, true),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("flags", DataTypes.IntegerType, false),
        DataTypes.createStructField("escaped", DataTypes.IntegerType, false),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("community", DataTypes.StringType, true),
        DataTypes.createStructField("numComments", DataTypes.IntegerType, true),
        DataTypes.createStructField("input", DataTypes.IntegerType, false),
        DataTypes.createStructField("line", DataTypes.LongType, false),
    });

    private static final CommentKind[] KINDS = CommentKind.values();

    private RecordRows() {
    }

    static Row toRow(DumpRecord r) {
        String[] free = {r.author(), r.text(), r.title(), r.url(), r.community()};
        int escaped = SpillText.encodeUnstorable(free);
        return RowFactory.create(r.threadId(), (byte) r.kind().ordinal(), r.id(), r.parentId(), free[0], r.score(),
                r.createdUtc(), free[1], r.flags(), escaped, free[2], free[3], free[4], r.numComments(), r.input(), r.line());
    }

    static DumpRecord fromRow(Row row) {
        int escaped = row.getInt(9);
        return new DumpRecord(KINDS[row.getByte(1)], row.getString(0), row.getString(2), row.getString(3),
                SpillText.decode(row.getString(4), escaped, 0), (Integer) row.get(5), (Long) row.get(6),
                SpillText.decode(row.getString(7), escaped, 1), row.getInt(8), SpillText.decode(row.getString(10), escaped, 2),
                SpillText.decode(row.getString(11), escaped, 3), SpillText.decode(row.getString(12), escaped, 4),
                (Integer) row.get(13), row.getInt(14), row.getLong(15));
    }
}
