-- The gazette's queue (待刊登): released outgoing documents offered for the next issue (WR-62), one
-- row per document of the documents desk (source_id), whatever how often it is offered. issue_id is
-- null while it waits and names the issue it was compiled into afterwards.
-- Portable SQL: H2 in PostgreSQL mode and PostgreSQL.
CREATE TABLE gazette.queued_document (
    source_id      VARCHAR(100)   PRIMARY KEY,
    origin         VARCHAR(20)    NOT NULL,
    doc_number     VARCHAR(100)   NOT NULL,
    title          VARCHAR(1000)  NOT NULL,
    issuer         VARCHAR(200)   NOT NULL,
    addressees     VARCHAR(4000)  NOT NULL,
    body           VARCHAR(200000) NOT NULL,
    interpretation VARCHAR(200000),
    signed_on      DATE           NOT NULL,
    released_on    DATE           NOT NULL,
    queued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    issue_id       BIGINT         REFERENCES gazette.issue (id),
    compiled_by    VARCHAR(100),
    compiled_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX queued_document_waiting ON gazette.queued_document (issue_id, released_on);
