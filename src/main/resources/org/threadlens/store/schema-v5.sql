-- ThreadLens corpus store, schema version 5 (store_meta.schema_version = '5').
-- Every table, column and view is documented in docs/store.md, the trend views and macros in docs/trends.md.
-- Version 5 added each token's syntax (tokens.upos, feats, head, deprel). Version 4 added what each mention
-- says of its entity (entities.sentiment_label, sentiment_score) and the corpus view over time (text_times,
-- thread_periods, mood_trends, entity_trends, entity_changes; the macros t975 and cluster_half_width). Version
-- 3 added the resolution of entity mentions (entities.entity_name, link, ambiguous), the thread_entities table
-- and the corpus_entities view. Files of versions 1 to 4 are migrated in place.
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
    ner        VARCHAR,
    upos       VARCHAR,                -- upos to deprel: the syntax layer's (UD v2), NULL where it did not run
    feats      VARCHAR,
    head       INTEGER,                -- the head's position in the sentence, from 1; 0 for the root
    deprel     VARCHAR
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
    normalized VARCHAR,
    entity_name VARCHAR,                       -- the thread-level entity it was merged into ('Ken Bone' for 'Bone')
    link       VARCHAR,                        -- its English Wikipedia title ('Ken_Bone'); NULL: not linked
    ambiguous  VARCHAR[],                      -- entities it could equally have been merged into; NULL: none
    sentiment_label VARCHAR,                   -- what it says of the entity: its sentence's combined sentiment;
    sentiment_score DOUBLE                     -- NULL: quoted, or no scorer read the sentence
);

-- The thread summary's entities (the record's summary.entities, without aliases, comment ids and authors), one
-- row each, so that questions about entities across threads need no JSON.
CREATE TABLE IF NOT EXISTS thread_entities (
    thread_key      BIGINT NOT NULL,
    entity          INTEGER NOT NULL,          -- position in the summary: most mentioned first
    name            VARCHAR NOT NULL,
    type            VARCHAR NOT NULL,
    link            VARCHAR,                   -- English Wikipedia title; NULL: not linked
    mentions        INTEGER NOT NULL,          -- in the authors' own words
    quoted_mentions INTEGER NOT NULL,
    comments        INTEGER NOT NULL,
    sentiment_label VARCHAR,                   -- of the unquoted sentences that mention it; NULL: none
    sentiment_score DOUBLE
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
SELECT t.platform, t.thread_id, t.community, e.name, e.type, e.link, e.mentions, e.quoted_mentions, e.comments,
       e.sentiment_label AS label, e.sentiment_score AS score
FROM threads t JOIN thread_entities e USING (thread_key);

-- Entities across threads: one row per Wikipedia link where threads linked the entity, else per type and
-- case-folded name ('Trump', 'Donald Trump' and 'trump' linked to Donald_Trump are one row). name and type are
-- the ones most mentioned; score is the mean of the threads' entity sentiment, over the threads that have one.
CREATE OR REPLACE VIEW corpus_entities AS
WITH keyed AS (
    SELECT *, coalesce('link:' || link, 'name:' || type || ':' || lower(name)) AS entity_key FROM entity_sentiment
), names AS (
    SELECT entity_key, first(name ORDER BY n DESC, name) AS name
    FROM (SELECT entity_key, name, sum(mentions + quoted_mentions) AS n FROM keyed GROUP BY ALL) GROUP BY entity_key
), types AS (
    SELECT entity_key, first(type ORDER BY n DESC, type) AS type
    FROM (SELECT entity_key, type, sum(mentions + quoted_mentions) AS n FROM keyed GROUP BY ALL) GROUP BY entity_key
)
SELECT k.entity_key,
       any_value(names.name)                     AS name,
       any_value(types.type)                     AS type,
       any_value(k.link)                         AS link,
       list_sort(list(DISTINCT k.name))          AS names,
       count(DISTINCT (k.platform, k.thread_id)) AS threads,
       sum(k.mentions)                           AS mentions,
       sum(k.quoted_mentions)                    AS quoted_mentions,
       avg(k.score)                              AS score,
       count(k.score)                            AS scored_threads
FROM keyed k JOIN names USING (entity_key) JOIN types USING (entity_key)
GROUP BY k.entity_key;

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

-- ---------------------------------------------------------------------------------------------------------
-- The corpus view over time (docs/trends.md). The thread is the unit of sampling: comments of one thread are
-- not independent, so every interval below is a cluster interval over the threads of a cell.

-- The 97.5% quantile of Student's t with df degrees of freedom: exact to 3 decimals for df <= 10, a
-- Cornish-Fisher expansion beyond (within 0.001 of the exact value there). NULL for df < 1.
CREATE OR REPLACE MACRO t975(df) AS CASE
    WHEN df < 1 THEN NULL
    WHEN df <= 10 THEN [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228][CAST(df AS INTEGER)]
    ELSE 1.959964 + 2.372271 / df + 2.822499 / (df * df) + 2.555850 / (df * df * df) END;

-- Half-width of the 95% interval of a ratio mean sum(y) / sum(n) estimated from k threads, given the threads'
-- sums sy = Σy, sn = Σn, syy = Σy², syn = Σy·n, snn = Σn² (y a thread's total, n its count): the linearised
-- (delta-method) variance of a ratio estimator under cluster sampling, k/(k-1)·Σ(y - m·n)² / (Σn)², with t at
-- G-1 degrees of freedom, G = (Σn)²/Σn² the effective number of threads (at most k): a cell that one large
-- thread dominates has few independent draws, whatever its number of threads. NULL below two threads.
CREATE OR REPLACE MACRO cluster_half_width(k, sy, sn, syy, syn, snn) AS CASE
    WHEN k >= 2 AND sn > 0 THEN t975(least(k - 1, greatest(1, floor(sn * sn / snn) - 1))) * sqrt(greatest(0.0,
        (k / (k - 1.0)) * (syy - 2 * (sy / sn) * syn + (sy / sn) * (sy / sn) * snn))) / sn END;

-- Whether a cell is too small for an interval: fewer than 5 threads, fewer than 10 observations, or fewer
-- than 2 effective threads (one thread holds nearly all of it).
CREATE OR REPLACE MACRO too_few(k, sn, snn) AS k < 5 OR sn < 10 OR sn * sn < 2 * snn;

-- Every text (post or comment) with a time: its own, else its thread's. created is UTC.
CREATE OR REPLACE VIEW text_times AS
SELECT c.thread_key, c.platform, c.thread_id, coalesce(t.community, '') AS community, c.comment_id, c.kind,
       c.author, epoch_ms(coalesce(c.created_utc, t.created_utc) * 1000) AS created,
       c.sentiment_label, c.sentiment_score
FROM comments c JOIN threads t USING (thread_key)
WHERE coalesce(c.created_utc, t.created_utc) IS NOT NULL;

-- The periods a text falls in, one row per unit: day, week (ISO, from Monday), month, half (the first or
-- second half of the store's time range, split at the start of the day nearest its middle) and all (the whole
-- range as one period). period is the first day of the period.
CREATE OR REPLACE VIEW text_periods AS
WITH span AS (
    SELECT CAST(date_trunc('day', min(created)) AS DATE) AS first_day,
           CAST(date_trunc('day', min(created) + (max(created) - min(created)) / 2) AS DATE) AS middle_day
    FROM text_times
), units(unit) AS (VALUES ('day'), ('week'), ('month'), ('half'), ('all'))
SELECT u.unit,
       CASE WHEN u.unit IN ('day', 'week', 'month') THEN CAST(date_trunc(u.unit, x.created) AS DATE)
            WHEN u.unit = 'all' THEN span.first_day
            WHEN x.created < span.middle_day AND span.middle_day > span.first_day THEN span.first_day
            ELSE span.middle_day END AS period,
       x.*
FROM text_times x CROSS JOIN units u CROSS JOIN span;

-- One row per thread and cell (unit, period, community): the thread's texts there and their sentiment sums.
CREATE OR REPLACE VIEW thread_periods AS
SELECT unit, period, community, thread_key,
       count(*)                                                   AS texts,
       count(sentiment_score)                                     AS scored,
       coalesce(sum(sentiment_score), 0)                          AS score_sum,
       count(*) FILTER (WHERE sentiment_label = 'negative')       AS negative,
       count(*) FILTER (WHERE sentiment_label = 'neutral')        AS neutral,
       count(*) FILTER (WHERE sentiment_label = 'positive')       AS positive
FROM text_periods
GROUP BY ALL;

-- Mood per cell: texts, threads, the mean score and the label shares over the scored texts, each with its 95%
-- cluster interval; community '*' is every community together. too_few (see the macro) over the threads with
-- a scored text: the estimates are there, the intervals are NULL: read them as unknown.
CREATE OR REPLACE VIEW mood_trends AS
WITH cells AS (
    SELECT unit, period, CASE WHEN grouping(community) = 1 THEN '*' ELSE community END AS community,
           count(*) AS threads, CAST(sum(texts) AS BIGINT) AS texts, CAST(sum(scored) AS BIGINT) AS scored,
           count(*) FILTER (WHERE scored > 0) AS scored_threads, sum(scored * scored) AS snn,
           sum(score_sum) AS s_y, sum(score_sum * score_sum) AS s_yy, sum(score_sum * scored) AS s_yn,
           sum(negative) AS neg_y, sum(negative * negative) AS neg_yy, sum(negative * scored) AS neg_yn,
           sum(neutral) AS neu_y, sum(neutral * neutral) AS neu_yy, sum(neutral * scored) AS neu_yn,
           sum(positive) AS pos_y, sum(positive * positive) AS pos_yy, sum(positive * scored) AS pos_yn,
           sum(texts * texts) AS texts_nn
    FROM thread_periods
    GROUP BY GROUPING SETS ((unit, period, community), (unit, period))
), estimates AS (
    SELECT *, too_few(scored_threads, scored, snn) AS too_few,
           s_y / nullif(scored, 0) AS score,
           cluster_half_width(scored_threads, s_y, scored, s_yy, s_yn, snn) AS score_hw,
           neg_y / nullif(scored, 0) AS negative,
           cluster_half_width(scored_threads, neg_y, scored, neg_yy, neg_yn, snn) AS negative_hw,
           neu_y / nullif(scored, 0) AS neutral,
           cluster_half_width(scored_threads, neu_y, scored, neu_yy, neu_yn, snn) AS neutral_hw,
           pos_y / nullif(scored, 0) AS positive,
           cluster_half_width(scored_threads, pos_y, scored, pos_yy, pos_yn, snn) AS positive_hw
    FROM cells
)
SELECT unit, period, community, threads, texts, scored, too_few,
       score,    CASE WHEN NOT too_few THEN greatest(-1.0, score - score_hw) END       AS score_low,
                 CASE WHEN NOT too_few THEN least(1.0, score + score_hw) END           AS score_high,
       negative, CASE WHEN NOT too_few THEN greatest(0.0, negative - negative_hw) END AS negative_low,
                 CASE WHEN NOT too_few THEN least(1.0, negative + negative_hw) END     AS negative_high,
       neutral,  CASE WHEN NOT too_few THEN greatest(0.0, neutral - neutral_hw) END   AS neutral_low,
                 CASE WHEN NOT too_few THEN least(1.0, neutral + neutral_hw) END       AS neutral_high,
       positive, CASE WHEN NOT too_few THEN greatest(0.0, positive - positive_hw) END AS positive_low,
                 CASE WHEN NOT too_few THEN least(1.0, positive + positive_hw) END     AS positive_high,
       texts_nn
FROM estimates;

-- Every unquoted mention with its text's time and author, keyed as corpus_entities groups entities (by link,
-- else by type and case-folded name). A title's mentions count as the post's. (Titles are joined apart: a join
-- on coalesce(comment_id, post) would not be a hash join, and costs seconds per million comments.)
CREATE OR REPLACE VIEW mention_periods AS
WITH mentions AS (
    SELECT thread_key, comment_id AS text_id, sentence, type, link, entity_name, text, sentiment_score
    FROM entities WHERE NOT quoted AND comment_id IS NOT NULL
    UNION ALL
    SELECT e.thread_key, c.comment_id, e.sentence, e.type, e.link, e.entity_name, e.text, e.sentiment_score
    FROM entities e JOIN comments c ON c.thread_key = e.thread_key AND c.position = 0 AND c.kind = 'post'
    WHERE NOT e.quoted AND e.comment_id IS NULL
)
SELECT x.unit, x.period, x.community, m.thread_key, m.text_id, x.author, m.sentence,
       coalesce('link:' || m.link, 'name:' || m.type || ':' || lower(coalesce(m.entity_name, m.text))) AS entity_key,
       coalesce(m.entity_name, m.text) AS name, m.text, m.type, m.link, m.sentiment_score
FROM mentions m JOIN text_periods x ON x.thread_key = m.thread_key AND x.comment_id = m.text_id;

-- Per entity and cell: mentions, texts, threads and authors that mention it; its share of the cell's texts
-- (texts mentioning it / texts) and what they say of it (the mean sentiment of the sentences that mention
-- it, each sentence once), each with its 95% cluster interval over the cell's threads; community '*' is every
-- community together. name and type are the ones most mentioned in the whole store. too_few (see the macro)
-- over the threads with a scored sentence that mentions it: then the sentiment's interval is NULL.
CREATE OR REPLACE VIEW entity_trends AS
WITH per_thread AS (
    SELECT unit, period, community, thread_key, entity_key,
           count(*) AS mentions, count(DISTINCT text_id) AS texts_y, list(DISTINCT author) AS authors
    FROM mention_periods GROUP BY ALL
), per_sentence AS (
    SELECT DISTINCT unit, period, community, thread_key, entity_key, text_id, sentence, sentiment_score
    FROM mention_periods WHERE sentiment_score IS NOT NULL
), sentiment_per_thread AS (
    SELECT unit, period, community, thread_key, entity_key, count(*) AS n, sum(sentiment_score) AS y
    FROM per_sentence GROUP BY ALL
), joined AS (
    SELECT m.unit, m.period, m.community, m.thread_key, m.entity_key, m.mentions, m.texts_y, m.authors,
           tp.texts AS texts_n, coalesce(s.n, 0) AS sent_n, coalesce(s.y, 0) AS sent_y
    FROM per_thread m
    JOIN thread_periods tp USING (unit, period, community, thread_key)
    LEFT JOIN sentiment_per_thread s USING (unit, period, community, thread_key, entity_key)
), cells AS (
    SELECT unit, period, CASE WHEN grouping(community) = 1 THEN '*' ELSE community END AS community, entity_key,
           count(*) AS threads, CAST(sum(mentions) AS BIGINT) AS mentions, CAST(sum(texts_y) AS BIGINT) AS texts,
           CAST(length(list_distinct(flatten(list(authors)))) AS BIGINT) AS authors,
           sum(texts_y * texts_y) AS share_yy, sum(texts_y * texts_n) AS share_yn,
           count(*) FILTER (WHERE sent_n > 0) AS scored_threads, CAST(sum(sent_n) AS BIGINT) AS scored, sum(sent_y) AS s_y,
           sum(sent_y * sent_y) AS s_yy, sum(sent_y * sent_n) AS s_yn, sum(sent_n * sent_n) AS s_nn
    FROM joined
    GROUP BY GROUPING SETS ((unit, period, community, entity_key), (unit, period, entity_key))
), names AS (
    SELECT entity_key, arg_max(name, n) AS name, arg_max(type, n) AS type, any_value(link) AS link
    FROM (SELECT entity_key, name, type, link, count(*) AS n FROM mention_periods WHERE unit = 'half' GROUP BY ALL)
    GROUP BY entity_key
), estimates AS (
    SELECT c.*, m.threads AS cell_threads, m.texts AS cell_texts,
           c.texts / m.texts AS share,
           cluster_half_width(m.threads, c.texts, m.texts, c.share_yy, c.share_yn, m.texts_nn) AS share_hw,
           c.s_y / nullif(c.scored, 0) AS score,
           cluster_half_width(c.scored_threads, c.s_y, c.scored, c.s_yy, c.s_yn, c.s_nn) AS score_hw,
           too_few(c.scored_threads, c.scored, c.s_nn) AS too_few,
           too_few(m.threads, m.texts, m.texts_nn) AS share_too_few
    FROM cells c JOIN mood_trends m USING (unit, period, community)
)
SELECT e.unit, e.period, e.community, e.entity_key, n.name, n.type, n.link,
       e.threads, e.texts, e.mentions, e.authors, e.cell_threads, e.cell_texts,
       e.share, CASE WHEN NOT e.share_too_few THEN greatest(0.0, e.share - e.share_hw) END AS share_low,
                CASE WHEN NOT e.share_too_few THEN least(1.0, e.share + e.share_hw) END   AS share_high,
       e.scored, e.too_few,
       e.score, CASE WHEN NOT e.too_few THEN greatest(-1.0, e.score - e.score_hw) END AS score_low,
                CASE WHEN NOT e.too_few THEN least(1.0, e.score + e.score_hw) END     AS score_high
FROM estimates e JOIN names n USING (entity_key);

-- Each entity's change from the first to the second half of the store's time range (unit 'half' of
-- entity_trends), per community and for '*': share and sentiment before and after, the change and its 95%
-- interval (the halves' threads taken as independent samples). *_change_min is the least change the
-- interval allows (0 if it holds 0): ordering by it puts the surest big changes first.
CREATE OR REPLACE VIEW entity_changes AS
WITH halves AS (SELECT * FROM entity_trends WHERE unit = 'half'),
first_half AS (SELECT * FROM halves WHERE period = (SELECT min(period) FROM halves)),
second_half AS (SELECT * FROM halves WHERE period = (SELECT max(period) FROM halves)
                AND (SELECT max(period) FROM halves) > (SELECT min(period) FROM halves)),
pairs AS (
    SELECT a.community, a.entity_key, a.name, a.type, a.link,
           a.period AS first_period, b.period AS second_period,
           a.threads AS first_threads, b.threads AS second_threads, a.mentions AS first_mentions, b.mentions AS second_mentions,
           a.share AS first_share, b.share AS second_share, b.share - a.share AS share_change,
           sqrt((a.share_high - a.share_low) ^ 2 + (b.share_high - b.share_low) ^ 2) / 2 AS share_hw,
           a.score AS first_score, b.score AS second_score, b.score - a.score AS score_change,
           sqrt((a.score_high - a.score_low) ^ 2 + (b.score_high - b.score_low) ^ 2) / 2 AS score_hw
    FROM first_half a JOIN second_half b USING (community, entity_key)
)
SELECT community, entity_key, name, type, link, first_period, second_period, first_threads, second_threads,
       first_mentions, second_mentions, first_share, second_share,
       share_change, share_change - share_hw AS share_change_low, share_change + share_hw AS share_change_high,
       greatest(0.0, abs(share_change) - share_hw) AS share_change_min,
       first_score, second_score,
       score_change, score_change - score_hw AS score_change_low, score_change + score_hw AS score_change_high,
       greatest(0.0, abs(score_change) - score_hw) AS score_change_min
FROM pairs;
