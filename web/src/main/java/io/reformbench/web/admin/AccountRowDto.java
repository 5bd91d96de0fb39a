package io.reformbench.web.admin;

import io.reformbench.core.domain.model.account.Account;
import io.reformbench.core.domain.model.account.Role;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** One account as the users page lists it, its areas by their names in the user's language. */
public record AccountRowDto(String userName, List<String> roles, List<String> areas, boolean enabled,
        boolean mustChangePassword) implements Serializable {

    static AccountRowDto of(Account account, Map<String, String> areaNames) {
        return new AccountRowDto(account.userName(), account.roles().stream().map(Role::roleName).toList(),
                account.areas().stream().map(key -> areaNames.getOrDefault(key, key)).toList(), account.enabled(),
                account.mustChangePassword());
    }

    public String getUserName() { return userName; }

    public List<String> getRoles() { return roles; }

    public List<String> getAreas() { return areas; }

    public boolean isEnabled() { return enabled; }

    public boolean isMustChangePassword() { return mustChangePassword; }
}
