package io.reformbench.web.rest;

import io.reformbench.core.domain.model.account.Account;
import io.reformbench.core.domain.model.account.Role;
import java.util.List;

/** An account as the API shows it: never its password hash. */
public record AccountDto(String userName, List<String> roles, List<String> areas, boolean enabled,
        boolean mustChangePassword, String passwordChangedAt, long version) {

    static AccountDto of(Account account) {
        return new AccountDto(account.userName(), account.roles().stream().map(Role::roleName).toList(),
                List.copyOf(account.areas()), account.enabled(), account.mustChangePassword(),
                account.passwordChangedAt().toString(), account.version());
    }
}
