-- The audit trail: append-only, each record carrying the SHA-256 of the one before it.
CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.record (
    seq          BIGINT        PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    actor_roles  VARCHAR(400)  NOT NULL,
    action       VARCHAR(100)  NOT NULL,
    subject_type VARCHAR(50)   NOT NULL,
    subject_id   VARCHAR(200)  NOT NULL,
    rule_ids     VARCHAR(400)  NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    prev_hash    CHAR(64)      NOT NULL,
    hash         CHAR(64)      NOT NULL
);
CREATE INDEX audit_record_by_subject ON audit.record (subject_type, subject_id);
CREATE INDEX audit_record_by_actor ON audit.record (actor);
CREATE INDEX audit_record_by_action ON audit.record (action);

-- The head of the chain; appending locks this one row, so records are chained in commit order.
CREATE TABLE audit.chain_head (
    id        INT      PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit.chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
