package io.reformbench.core.application;

import io.reformbench.core.domain.model.account.Account;
import io.reformbench.core.domain.model.account.ApiToken;
import java.util.List;

/** What every signed-in user does with their own account: read it, change its password, keep its API tokens. */
public interface OwnAccountService {

    /** The caller's account. */
    Account me();

    /** Changes the caller's password, proving the current one; a temporary password stops being one. */
    void changePassword(String currentPassword, String newPassword);

    /** The caller's API tokens, oldest first. */
    List<ApiToken> tokens();

    /** Issues the caller a new API token; its secret is shown once and never stored. */
    IssuedToken createToken(String name);

    /** Revokes one of the caller's tokens. */
    void revokeToken(long id);

    /** A newly issued token with its secret. */
    record IssuedToken(ApiToken token, String secret) {
    }
}
