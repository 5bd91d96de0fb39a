package io.reformbench.core.application;

import io.reformbench.core.domain.model.account.Account;
import io.reformbench.core.domain.model.account.ApiToken;
import io.reformbench.core.domain.model.account.Role;
import java.util.List;
import java.util.Set;

/** Accounts for administrators, and each user's own password and API tokens. */
public interface AccountService {

    List<Account> accounts();

    Account account(String userName);

    /** A new account with a temporary password its owner must change at first sign-in. */
    Account create(String userName, String temporaryPassword, Set<Role> roles, Set<String> areas);

    /** Changes roles, area limits and whether the account may sign in; refuses a stale version. */
    Account update(String userName, long expectedVersion, Set<Role> roles, Set<String> areas, boolean enabled);

    /** Sets a temporary password its owner must change at next sign-in. */
    void resetPassword(String userName, String temporaryPassword);

    /** Deletes an account and its tokens; refuses to delete the caller's own account or the last administrator. */
    void delete(String userName);

    /** The caller changes their own password, proving the current one. */
    void changeOwnPassword(String currentPassword, String newPassword);

    /** The caller's API tokens, oldest first. */
    List<ApiToken> ownTokens();

    /** Issues the caller a new API token; its secret is shown once and never stored. */
    IssuedToken createToken(String name);

    /** Revokes one of the caller's tokens. */
    void revokeToken(long id);

    /** A newly issued token with its secret. */
    record IssuedToken(ApiToken token, String secret) {
    }
}
