package io.reformbench.core.domain.model.account;

import java.util.List;
import java.util.Optional;

/** Accounts, their tokens and the security log in the shared persistence unit. */
public interface AccountRepository {

    List<Account> findAll();

    Optional<Account> findByUserName(String userName);

    Optional<Account> findById(long id);

    long count();

    void store(Account account);

    void remove(Account account);

    Optional<ApiToken> findTokenByHash(String hash);

    List<ApiToken> findTokens(Account account);

    Optional<ApiToken> findToken(long id);

    void store(ApiToken token);

    void remove(ApiToken token);

    void store(SecurityEvent event);

    /** The newest events first, at most {@code limit}. */
    List<SecurityEvent> latestEvents(int limit);
}
