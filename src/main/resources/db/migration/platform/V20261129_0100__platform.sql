-- Platform: accounts, personal API tokens, and the shared infrastructure tables
-- (Spring Modulith's event publication registry, db-scheduler's timers).
CREATE SCHEMA IF NOT EXISTS platform;

CREATE TABLE platform.user_account (
    username            VARCHAR(64)  PRIMARY KEY,
    display_name        VARCHAR(100) NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    roles               VARCHAR(400) NOT NULL DEFAULT '',
    org_unit_id         VARCHAR(100),
    person_id           VARCHAR(100),
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins       INT          NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE platform.api_token (
    id           VARCHAR(36)  PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL REFERENCES platform.user_account (username),
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_by_user ON platform.api_token (username);

-- Spring Modulith 2 JDBC event publication registry (portable form of its v2 schema).
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(8000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date ON event_publication (completion_date);

-- db-scheduler's table (its documented PostgreSQL schema; H2 accepts it in PostgreSQL mode).
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(200) NOT NULL,
    task_instance        VARCHAR(400) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(200),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON scheduled_tasks (priority, execution_time);
