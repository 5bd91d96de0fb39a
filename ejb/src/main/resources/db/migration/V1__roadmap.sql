-- The roadmap: plans, their reform areas and sub-areas, actions, and the audit trail.
-- Portable across H2 (MODE=LEGACY) and MySQL/MariaDB; ${timestamp} is DATETIME(6) on MySQL/MariaDB.

CREATE TABLE id_sequence (
    seq_name  VARCHAR(64) NOT NULL PRIMARY KEY,
    seq_count BIGINT      NOT NULL
);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('reformbench', 0);

CREATE TABLE plan (
    id          BIGINT        NOT NULL PRIMARY KEY,
    plan_key    VARCHAR(100)  NOT NULL,
    title_zh    VARCHAR(2000),
    title_en    VARCHAR(2000),
    source_name VARCHAR(255),
    created_at  ${timestamp}  NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_plan_key UNIQUE (plan_key)
);

CREATE TABLE reform_area (
    id         BIGINT        NOT NULL PRIMARY KEY,
    plan_id    BIGINT        NOT NULL,
    area_key   VARCHAR(100)  NOT NULL,
    plugin_id  VARCHAR(100),
    sort_order INT           NOT NULL,
    name_zh    VARCHAR(2000),
    name_en    VARCHAR(2000),
    heading    VARCHAR(500),
    version    BIGINT        NOT NULL,
    CONSTRAINT uq_area_key UNIQUE (plan_id, area_key),
    CONSTRAINT fk_area_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);

CREATE TABLE sub_area (
    id           BIGINT        NOT NULL PRIMARY KEY,
    area_id      BIGINT        NOT NULL,
    sub_area_key VARCHAR(100)  NOT NULL,
    sort_order   INT           NOT NULL,
    name_zh      VARCHAR(2000),
    name_en      VARCHAR(2000),
    heading      VARCHAR(500),
    CONSTRAINT uq_sub_area_key UNIQUE (area_id, sub_area_key),
    CONSTRAINT fk_sub_area_area FOREIGN KEY (area_id) REFERENCES reform_area (id)
);

CREATE TABLE roadmap_action (
    id              BIGINT        NOT NULL PRIMARY KEY,
    plan_id         BIGINT        NOT NULL,
    area_id         BIGINT        NOT NULL,
    sub_area_id     BIGINT,
    parent_id       BIGINT,
    action_number   VARCHAR(20)   NOT NULL,
    sort_key        VARCHAR(20)   NOT NULL,
    title_zh        VARCHAR(2000),
    title_en        VARCHAR(2000),
    time_frame_kind VARCHAR(16)   NOT NULL,
    time_frame_from INT,
    time_frame_to   INT,
    planned_start   DATE,
    planned_end     DATE,
    actual_start    DATE,
    actual_end      DATE,
    status          VARCHAR(20)   NOT NULL,
    progress        INT           NOT NULL,
    responsible     VARCHAR(200),
    changed_by      VARCHAR(100),
    changed_at      ${timestamp},
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_action_number UNIQUE (plan_id, action_number),
    CONSTRAINT fk_action_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_action_area FOREIGN KEY (area_id) REFERENCES reform_area (id),
    CONSTRAINT fk_action_sub_area FOREIGN KEY (sub_area_id) REFERENCES sub_area (id),
    CONSTRAINT fk_action_parent FOREIGN KEY (parent_id) REFERENCES roadmap_action (id)
);
CREATE INDEX ix_action_plan_sort ON roadmap_action (plan_id, sort_key);

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  ${timestamp}  NOT NULL,
    by_user      VARCHAR(100)  NOT NULL,
    operation    VARCHAR(20)   NOT NULL,
    subject_type VARCHAR(40)   NOT NULL,
    subject_id   VARCHAR(100)  NOT NULL,
    field_name   VARCHAR(100),
    from_value   VARCHAR(2000),
    to_value     VARCHAR(2000)
);
CREATE INDEX ix_audit_subject ON audit_entry (subject_type, subject_id);
