package io.reformbench.web.account;

import io.reformbench.core.domain.model.account.ApiToken;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One of the user's API tokens as the account page lists it: never its secret, only the prefix to recognise it. */
public record TokenRowDto(long id, String name, String prefix, LocalDateTime createdAt, LocalDateTime lastUsedAt)
        implements Serializable {

    static TokenRowDto of(ApiToken token) {
        return new TokenRowDto(token.id(), token.name(), token.prefix(), token.createdAt(), token.lastUsedAt());
    }

    public long getId() { return id; }

    public String getName() { return name; }

    public String getPrefix() { return prefix; }

    public LocalDateTime getCreatedAt() { return createdAt; }

    public LocalDateTime getLastUsedAt() { return lastUsedAt; }
}
