package io.reformbench.web.rest;

import io.reformbench.core.domain.model.account.ApiToken;

/** An API token as listed: its name, the first characters of its secret and when it was made and last used. */
public record TokenDto(long id, String name, String prefix, String createdAt, String lastUsedAt, String token) {

    static TokenDto of(ApiToken token) {
        return of(token, null);
    }

    /** With the secret, only in the answer that creates the token. */
    static TokenDto of(ApiToken token, String secret) {
        return new TokenDto(token.id(), token.name(), token.prefix(), token.createdAt().toString(),
                token.lastUsedAt() == null ? null : token.lastUsedAt().toString(), secret);
    }
}
