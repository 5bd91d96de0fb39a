package io.reformbench.core.application;

import io.reformbench.core.domain.model.account.Account;
import io.reformbench.core.domain.model.account.Role;
import java.util.List;
import java.util.Set;

/** Accounts for administrators; each user's own account is {@link OwnAccountService}. */
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
}
