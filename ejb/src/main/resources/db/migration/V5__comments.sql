-- Comments planners write on actions, newest last; deleted with their action.
-- Portable across H2 (MODE=LEGACY) and MySQL/MariaDB; ${timestamp} is DATETIME(6) on MySQL/MariaDB.

CREATE TABLE action_comment (
    id           BIGINT         NOT NULL PRIMARY KEY,
    action_id    BIGINT         NOT NULL,
    author       VARCHAR(100)   NOT NULL,
    created_at   ${timestamp}   NOT NULL,
    comment_text VARCHAR(4000)  NOT NULL,
    CONSTRAINT fk_comment_action FOREIGN KEY (action_id) REFERENCES roadmap_action (id)
);
CREATE INDEX ix_comment_action ON action_comment (action_id, created_at);
