-- ThreadLens corpus store, schema version 2 (store_meta.schema_version = '2').
-- Every table, column and view is documented in README.md, section "The store".
-- Conventions: *_cp offsets count Unicode code points of the text they point into (comments.text, or
-- threads.title where comment_id is NULL); times are UTC; a thread's rows in every table share its
-- thread_key, which is new each time the thread is stored (so thread_key also orders threads by storing).
-- No foreign keys or indexes beyond the two primary keys: rows are appended in bulk, one thread per
-- transaction, and deleted only when a thread is stored again.

CREATE TABLE IF NOT EXISTS store_meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS run_ids START 1;
CREATE SEQUENCE IF NOT EXISTS thread_keys START 1;

-- One row per `threadlens annotate` run (and one for a migration from schema 1).
CREATE TABLE IF NOT EXISTS runs (
    run_id              INTEGER PRIMARY KEY,
    status              VARCHAR NOT NULL,      -- running, completed, failed, interrupted, migrated
    started_at          TIMESTAMP NOT NULL,
    ended_at            TIMESTAMP,
    command             VARCHAR NOT NULL,
    threadlens          VARCHAR NOT NULL,
    corenlp             VARCHAR NOT NULL,
    opennlp             VARCHAR NOT NULL,
    java                VARCHAR NOT NULL,
    engine              VARCHAR NOT NULL,
    layers              VARCHAR[] NOT NULL,    -- asked for
    settings            JSON NOT NULL,         -- what "the same settings" compares
    settings_hash       VARCHAR,
    threads_read        BIGINT,
    threads_skipped     BIGINT,                -- already stored, same content, settings and layers
    threads_annotated   BIGINT,
    comments_read       BIGINT,
    comments_annotated  BIGINT,
    records_skipped     BIGINT,                -- unreadable input records
    inputs_failed       INTEGER,
    annotation_failures BIGINT,
    reannotated         JSON,                  -- stored threads annotated again, by reason
    message             VARCHAR
);

CREATE TABLE IF NOT EXISTS run_inputs (
    run_id   INTEGER NOT NULL,
    position INTEGER NOT NULL,
    path     VARCHAR NOT NULL,
    size     BIGINT,
    sha256   VARCHAR
);

CREATE TABLE IF NOT EXISTS run_models (
    run_id      INTEGER NOT NULL,
    model       VARCHAR NOT NULL,
    coordinates VARCHAR NOT NULL,
    sha256      VARCHAR,
    checksum    VARCHAR NOT NULL,              -- declared (plugin.xml) or computed (the file used)
    used_for    VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS run_engines (
    run_id      INTEGER NOT NULL,
    layers      VARCHAR[] NOT NULL,
    engine      VARCHAR NOT NULL,
    version     VARCHAR NOT NULL,
    annotators  VARCHAR NOT NULL,
    config_hash VARCHAR NOT NULL,
    properties  JSON NOT NULL
);

CREATE TABLE IF NOT EXISTS threads (
    thread_key         BIGINT NOT NULL,
    platform           VARCHAR NOT NULL,
    thread_id          VARCHAR NOT NULL,
    community          VARCHAR,
    title              VARCHAR,
    url                VARCHAR,
    created_utc        BIGINT,
    source_format      VARCHAR NOT NULL,
    source_file        VARCHAR NOT NULL,
    declared_comments  INTEGER,
    unfetched_stubs    INTEGER,
    unfetched_comments INTEGER,
    flags              VARCHAR[] NOT NULL,
    comments           INTEGER NOT NULL,
    layers             VARCHAR[] NOT NULL,
    engine             VARCHAR,
    config_hash        VARCHAR,
    content_hash       VARCHAR NOT NULL,
    settings_hash      VARCHAR,
    run_id             INTEGER,
    stored_at          TIMESTAMP NOT NULL,
    summary            JSON,
    record             BLOB NOT NULL,          -- zstd: the threadlens/1 record without tokens and summary
    PRIMARY KEY (platform, thread_id)
);

CREATE TABLE IF NOT EXISTS comments (
    thread_key         BIGINT NOT NULL,
    platform           VARCHAR NOT NULL,
    thread_id          VARCHAR NOT NULL,
    position           INTEGER NOT NULL,       -- pre-order, 0 = the post where present
    comment_id         VARCHAR NOT NULL,
    parent_id          VARCHAR,
    kind               VARCHAR NOT NULL,
    depth              INTEGER NOT NULL,
    author             VARCHAR,
    score              INTEGER,
    created_utc        BIGINT,
    text               VARCHAR NOT NULL,
    flags              VARCHAR[] NOT NULL,
    layers             VARCHAR[] NOT NULL,
    sentiment_label    VARCHAR,
    sentiment_score    DOUBLE,
    sentiment_negative DOUBLE,
    sentiment_neutral  DOUBLE,
    sentiment_positive DOUBLE,
    sentiment_method   VARCHAR
);

CREATE TABLE IF NOT EXISTS sentences (
    thread_key      BIGINT NOT NULL,
    comment_id      VARCHAR,                   -- NULL: the thread's title
    sentence        INTEGER NOT NULL,
    begin_cp        INTEGER NOT NULL,
    end_cp          INTEGER NOT NULL,
    quoted          BOOLEAN NOT NULL,
    sentiment_label VARCHAR,
    sentiment_value TINYINT,
    sentiment_distribution DOUBLE[],
    sentiment_scorer VARCHAR
);

CREATE TABLE IF NOT EXISTS tokens (
    thread_key BIGINT NOT NULL,
    comment_id VARCHAR,
    token      INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    begin_cp   INTEGER NOT NULL,
    end_cp     INTEGER NOT NULL,
    word       VARCHAR NOT NULL,
    pos        VARCHAR,
    lemma      VARCHAR,
    ner        VARCHAR
);

CREATE TABLE IF NOT EXISTS entities (
    thread_key BIGINT NOT NULL,
    comment_id VARCHAR,
    entity     INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    begin_cp   INTEGER NOT NULL,
    end_cp     INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,
    quoted     BOOLEAN NOT NULL,
    normalized VARCHAR
);

CREATE TABLE IF NOT EXISTS quotes (
    thread_key BIGINT NOT NULL,
    comment_id VARCHAR,
    quote      INTEGER NOT NULL,
    begin_cp   INTEGER NOT NULL,
    end_cp     INTEGER NOT NULL,
    source_id  VARCHAR
);

-- Each scorer's sentiment of a whole text (sentence NULL) or of one sentence, and the combination of the
-- scorers (scorer 'combined', with the method that produced it).
CREATE TABLE IF NOT EXISTS sentiment_scores (
    thread_key   BIGINT NOT NULL,
    comment_id   VARCHAR,
    sentence     INTEGER,
    scorer       VARCHAR NOT NULL,
    label        VARCHAR NOT NULL,
    score        DOUBLE NOT NULL,
    distribution DOUBLE[] NOT NULL,
    negative     DOUBLE NOT NULL,
    neutral      DOUBLE NOT NULL,
    positive     DOUBLE NOT NULL,
    method       VARCHAR
);

-- SHA-256 of files already hashed (inputs, model jars), trusted while path, size and modification time agree.
CREATE TABLE IF NOT EXISTS file_digests (
    path     VARCHAR PRIMARY KEY,
    size     BIGINT NOT NULL,
    modified BIGINT NOT NULL,
    sha256   VARCHAR NOT NULL
);

CREATE OR REPLACE VIEW thread_sentiment AS
SELECT platform, thread_id, community, title, created_utc, comments,
       summary->>'$.sentiment.label'                                 AS label,
       CAST(summary->>'$.sentiment.score' AS DOUBLE)                 AS score,
       CAST(summary->>'$.sentiment.scoreInterval[0]' AS DOUBLE)      AS score_low,
       CAST(summary->>'$.sentiment.scoreInterval[1]' AS DOUBLE)      AS score_high,
       CAST(summary->>'$.sentiment.comments' AS INTEGER)             AS scored_comments,
       CAST(summary->>'$.sentiment.counts.negative' AS INTEGER)      AS negative,
       CAST(summary->>'$.sentiment.counts.neutral' AS INTEGER)       AS neutral,
       CAST(summary->>'$.sentiment.counts.positive' AS INTEGER)      AS positive
FROM threads;

CREATE OR REPLACE VIEW entity_sentiment AS
SELECT t.platform, t.thread_id, t.community,
       e->>'$.name'                                AS name,
       e->>'$.type'                                AS type,
       CAST(e->>'$.mentions' AS INTEGER)           AS mentions,
       CAST(e->>'$.quotedMentions' AS INTEGER)     AS quoted_mentions,
       CAST(json_array_length(e, '$.comments') AS INTEGER) AS comments,
       e->>'$.sentiment.label'                     AS label,
       CAST(e->>'$.sentiment.score' AS DOUBLE)     AS score
FROM threads t, unnest(CAST(t.summary->'$.entities' AS JSON[])) AS u(e);

CREATE OR REPLACE VIEW author_sentiment AS
SELECT platform, author,
       count(*)                                  AS comments,
       count(DISTINCT thread_id)                 AS threads,
       avg(sentiment_score)                      AS score,
       CASE WHEN avg(sentiment_neutral) >= avg(sentiment_negative) AND avg(sentiment_neutral) >= avg(sentiment_positive)
                 THEN 'neutral'
            WHEN avg(sentiment_negative) >= avg(sentiment_positive) THEN 'negative'
            ELSE 'positive' END                  AS label,
       count(*) FILTER (WHERE sentiment_label = 'negative') AS negative,
       count(*) FILTER (WHERE sentiment_label = 'neutral')  AS neutral,
       count(*) FILTER (WHERE sentiment_label = 'positive') AS positive
FROM comments
WHERE sentiment_label IS NOT NULL AND author IS NOT NULL
GROUP BY platform, author;
