-- Who may do what: accounts with their roles and area limits, personal API tokens (stored hashed), and the
-- security log (logins, failures, throttling, refusals, account changes).

CREATE TABLE account (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    user_name            VARCHAR(64)   NOT NULL,
    password_hash        VARCHAR(255)  NOT NULL,
    roles                VARCHAR(255)  NOT NULL,
    areas                VARCHAR(2000),
    must_change_password BOOLEAN       DEFAULT FALSE NOT NULL,
    enabled              BOOLEAN       DEFAULT TRUE NOT NULL,
    password_changed_at  ${timestamp}  NOT NULL,
    created_at           ${timestamp}  NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_account_user_name UNIQUE (user_name)
);

CREATE TABLE api_token (
    id           BIGINT        NOT NULL PRIMARY KEY,
    account_id   BIGINT        NOT NULL,
    token_name   VARCHAR(100)  NOT NULL,
    token_hash   CHAR(64)      NOT NULL,
    token_prefix VARCHAR(16)   NOT NULL,
    created_at   ${timestamp}  NOT NULL,
    last_used_at ${timestamp},
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE security_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at ${timestamp}  NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    user_name   VARCHAR(64),
    address     VARCHAR(64),
    detail      VARCHAR(500)
);
CREATE INDEX ix_security_event_at ON security_event (occurred_at);
-- Security events are written in their own transaction, often while the caller's transaction holds the main id row.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('security_event', 0);
