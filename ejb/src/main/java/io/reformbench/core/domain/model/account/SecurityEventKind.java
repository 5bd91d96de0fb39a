package io.reformbench.core.domain.model.account;

/** What happened, in the security log. */
public enum SecurityEventKind {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    ACCESS_DENIED,
    PASSWORD_CHANGED,
    PASSWORD_REJECTED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ACCOUNT_DELETED,
    INITIAL_ADMIN_CREATED
}
