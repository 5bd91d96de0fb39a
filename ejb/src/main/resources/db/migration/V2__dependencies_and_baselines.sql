-- Links between actions (FS/SS/FF/SF with a lag in days) and baselines: named snapshots of planned dates.
-- Portable across H2 (MODE=LEGACY) and MySQL/MariaDB; ${timestamp} is DATETIME(6) on MySQL/MariaDB.

CREATE TABLE dependency (
    id          BIGINT       NOT NULL PRIMARY KEY,
    plan_id     BIGINT       NOT NULL,
    from_action BIGINT       NOT NULL,
    to_action   BIGINT       NOT NULL,
    link_type   VARCHAR(2)   NOT NULL,
    lag_days    INT          NOT NULL,
    CONSTRAINT uq_dependency UNIQUE (from_action, to_action),
    CONSTRAINT fk_dependency_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_dependency_from FOREIGN KEY (from_action) REFERENCES roadmap_action (id),
    CONSTRAINT fk_dependency_to FOREIGN KEY (to_action) REFERENCES roadmap_action (id)
);
CREATE INDEX ix_dependency_plan ON dependency (plan_id);

CREATE TABLE baseline (
    id         BIGINT        NOT NULL PRIMARY KEY,
    plan_id    BIGINT        NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    created_at ${timestamp}  NOT NULL,
    created_by VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_baseline_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);

CREATE TABLE baseline_entry (
    baseline_id   BIGINT NOT NULL,
    action_id     BIGINT NOT NULL,
    planned_start DATE,
    planned_end   DATE,
    CONSTRAINT pk_baseline_entry PRIMARY KEY (baseline_id, action_id),
    CONSTRAINT fk_baseline_entry_baseline FOREIGN KEY (baseline_id) REFERENCES baseline (id)
);
