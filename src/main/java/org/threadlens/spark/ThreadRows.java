package org.threadlens.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.ThreadRecordWriter;
import org.threadlens.thread.DiscussionThread;

/**
 * The job's output: one row per thread, whose {@code record} column is the thread's record exactly as the
 * single-machine path writes it ({@link ThreadRecordWriter}: one line of annotated JSONL), beside a few key
 * columns copied from it for filtering and joining without parsing JSON. JSONL output is the {@code record}
 * column alone; Parquet output is every column. Stateless.
 */
final class ThreadRows {
    static final String RECORD = "record";

    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("schema", DataTypes.StringType, false),
        DataTypes.createStructField("platform", DataTypes.StringType, false),
        DataTypes.createStructField("id", DataTypes.StringType, false),
        DataTypes.createStructField("community", DataTypes.StringType, true),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("createdUtc", DataTypes.LongType, true),
        DataTypes.createStructField("sourceFile", DataTypes.StringType, false),
        DataTypes.createStructField("comments", DataTypes.IntegerType, false),
        DataTypes.createStructField("sentiment", DataTypes.StringType, true),
        DataTypes.createStructField("sentimentScore", DataTypes.DoubleType, true),
        DataTypes.createStructField(RECORD, DataTypes.StringType, false),
    });

    private ThreadRows() {
    }

    static Row toRow(AnnotatedThread record, ThreadRecordWriter writer) {
        DiscussionThread t = record.thread();
        SentimentSummary mood = record.summary() == null ? null : record.summary().sentiment();
        return RowFactory.create(ThreadRecordWriter.SCHEMA, t.platform(), t.id(), t.community(), t.title(), t.createdUtc(),
                t.source().file(), t.comments().size(), mood == null ? null : mood.label().wireName(),
                mood == null ? null : mood.score(), writer.toJson(record));
    }
}
