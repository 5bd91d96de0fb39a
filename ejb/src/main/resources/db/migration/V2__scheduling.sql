-- Scheduling: links between a plan's actions, and baselines (immutable snapshots of the planned dates).
-- Portable across H2 (MODE=LEGACY) and MySQL/MariaDB; ${timestamp} is DATETIME(6) on MySQL/MariaDB.

CREATE TABLE action_dependency (
    id             BIGINT       NOT NULL PRIMARY KEY,
    plan_id        BIGINT       NOT NULL,
    from_action_id BIGINT       NOT NULL,
    to_action_id   BIGINT       NOT NULL,
    link_type      VARCHAR(2)   NOT NULL,
    lag_days       INT          NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_dependency_link UNIQUE (from_action_id, to_action_id),
    CONSTRAINT fk_dependency_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_dependency_from FOREIGN KEY (from_action_id) REFERENCES roadmap_action (id),
    CONSTRAINT fk_dependency_to FOREIGN KEY (to_action_id) REFERENCES roadmap_action (id)
);
CREATE INDEX ix_dependency_plan ON action_dependency (plan_id);
CREATE INDEX ix_dependency_to ON action_dependency (to_action_id);

CREATE TABLE baseline (
    id         BIGINT        NOT NULL PRIMARY KEY,
    plan_id    BIGINT        NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    created_at ${timestamp}  NOT NULL,
    created_by VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_baseline_name UNIQUE (plan_id, name),
    CONSTRAINT fk_baseline_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);

-- Action ids are kept without a foreign key: a baseline outlives the actions deleted after it was taken.
CREATE TABLE baseline_entry (
    baseline_id   BIGINT       NOT NULL,
    action_id     BIGINT       NOT NULL,
    action_number VARCHAR(20)  NOT NULL,
    planned_start DATE,
    planned_end   DATE,
    CONSTRAINT pk_baseline_entry PRIMARY KEY (baseline_id, action_id),
    CONSTRAINT fk_baseline_entry_baseline FOREIGN KEY (baseline_id) REFERENCES baseline (id)
);
