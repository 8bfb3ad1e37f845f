package org.threadlens.export.tables;

import static org.threadlens.export.tables.ColumnType.BIGINT;
import static org.threadlens.export.tables.ColumnType.BOOLEAN;
import static org.threadlens.export.tables.ColumnType.DOUBLE;
import static org.threadlens.export.tables.ColumnType.DOUBLE_LIST;
import static org.threadlens.export.tables.ColumnType.INTEGER;
import static org.threadlens.export.tables.ColumnType.VARCHAR;
import static org.threadlens.export.tables.ColumnType.VARCHAR_LIST;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of the {@code csv} and {@code parquet} exports, with their columns in order (docs/export.md documents
 * them). Every row names its thread by {@code platform} and {@code thread_id}; offsets ({@code *_cp}) count
 * code points of the comment's {@code text}, or of the thread's title where {@code comment_id} is empty. An entity
 * mention's {@code entity} is its index in the text; {@code entity_name} the thread-level entity it was merged into.
 * {@code link} is an English Wikipedia title and {@code link_url} its address, both null where not linked;
 * {@code ambiguous} is null where the mention had no other entity it could equally have joined. A token's {@code pos}
 * is the engine's tag and {@code upos} its Universal Dependencies tag: the syntax layer's where it ran, else mapped from
 * {@code pos} ({@link org.threadlens.annotate.UniversalPos}; null where no tagger ran); {@code feats}, {@code head}
 * (the head's position in the sentence, from 1; 0 for the root) and {@code deprel} are the syntax layer's, null where
 * it did not run.
 */
public enum Table {
    THREADS("threads", "platform", VARCHAR, "thread_id", VARCHAR, "community", VARCHAR, "title", VARCHAR, "url", VARCHAR,
            "created_utc", BIGINT, "source_format", VARCHAR, "source_file", VARCHAR, "declared_comments", INTEGER,
            "comments", INTEGER, "flags", VARCHAR_LIST, "layers", VARCHAR_LIST, "engine", VARCHAR, "config_hash", VARCHAR,
            "sentiment_label", VARCHAR, "sentiment_score", DOUBLE, "sentiment_score_low", DOUBLE,
            "sentiment_score_high", DOUBLE, "sentiment_negative", DOUBLE, "sentiment_neutral", DOUBLE,
            "sentiment_positive", DOUBLE, "scored_comments", INTEGER),
    COMMENTS("comments", "platform", VARCHAR, "thread_id", VARCHAR, "position", INTEGER, "comment_id", VARCHAR,
            "parent_id", VARCHAR, "kind", VARCHAR, "depth", INTEGER, "author", VARCHAR, "score", INTEGER,
            "created_utc", BIGINT, "text", VARCHAR, "flags", VARCHAR_LIST, "language", VARCHAR, "layers", VARCHAR_LIST,
            "sentiment_label", VARCHAR, "sentiment_score", DOUBLE, "sentiment_negative", DOUBLE,
            "sentiment_neutral", DOUBLE, "sentiment_positive", DOUBLE, "sentiment_method", VARCHAR),
    SENTENCES("sentences", "platform", VARCHAR, "thread_id", VARCHAR, "comment_id", VARCHAR, "sentence", INTEGER,
            "begin_cp", INTEGER, "end_cp", INTEGER, "text", VARCHAR, "quoted", BOOLEAN, "sentiment_label", VARCHAR,
            "sentiment_value", INTEGER, "sentiment_distribution", DOUBLE_LIST, "sentiment_scorer", VARCHAR),
    /** Written only when tokens are asked for ({@code --tokens}). */
    TOKENS("tokens", "platform", VARCHAR, "thread_id", VARCHAR, "comment_id", VARCHAR, "sentence", INTEGER,
            "token", INTEGER, "begin_cp", INTEGER, "end_cp", INTEGER, "word", VARCHAR, "pos", VARCHAR, "lemma", VARCHAR,
            "ner", VARCHAR, "upos", VARCHAR, "feats", VARCHAR, "head", INTEGER, "deprel", VARCHAR),
    ENTITIES("entities", "platform", VARCHAR, "thread_id", VARCHAR, "comment_id", VARCHAR, "entity", INTEGER,
            "sentence", INTEGER, "begin_cp", INTEGER, "end_cp", INTEGER, "text", VARCHAR, "type", VARCHAR,
            "quoted", BOOLEAN, "normalized", VARCHAR, "entity_name", VARCHAR, "link", VARCHAR, "link_url", VARCHAR,
            "ambiguous", VARCHAR_LIST),
    ENTITY_SENTIMENT("entity_sentiment", "platform", VARCHAR, "thread_id", VARCHAR, "name", VARCHAR, "type", VARCHAR,
            "link", VARCHAR, "link_url", VARCHAR, "aliases", VARCHAR_LIST, "mentions", INTEGER, "quoted_mentions", INTEGER, "comments", INTEGER,
            "comment_ids", VARCHAR_LIST, "authors", VARCHAR_LIST, "first_mention_utc", BIGINT,
            "last_mention_utc", BIGINT, "sentiment_label", VARCHAR, "sentiment_score", DOUBLE,
            "sentiment_score_low", DOUBLE, "sentiment_score_high", DOUBLE, "sentiment_negative", DOUBLE,
            "sentiment_neutral", DOUBLE, "sentiment_positive", DOUBLE, "sentiment_sentences", INTEGER);

    private final String tableName;
    private final List<Column> columns;

    Table(String tableName, Object... nameTypePairs) {
        this.tableName = tableName;
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            cols.add(new Column((String) nameTypePairs[i], (ColumnType) nameTypePairs[i + 1]));
        }
        this.columns = List.copyOf(cols);
    }

    /** The table's name, also its file's name without extension ({@code entity_sentiment}). */
    public String tableName() {
        return tableName;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The tables of an export, in file order; {@code tokens} only when asked for. */
    public static List<Table> exported(boolean tokens) {
        return java.util.Arrays.stream(values()).filter(t -> tokens || t != TOKENS).toList();
    }
}
