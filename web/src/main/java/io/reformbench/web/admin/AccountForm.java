package io.reformbench.web.admin;

import io.reformbench.core.domain.model.account.Account;
import io.reformbench.core.domain.model.account.Role;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What an administrator fills in to create, change or reset an account; the version guards against lost edits. */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String userName;
    private String password;
    private List<String> roles = new ArrayList<>(List.of(Role.VIEWER.roleName()));
    private List<String> areas = new ArrayList<>();
    private boolean enabled = true;
    private long version;

    /** A form holding the account as it stands now. */
    static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.userName = account.userName();
        form.roles = new ArrayList<>(account.roles().stream().map(Role::roleName).toList());
        form.areas = new ArrayList<>(account.areas());
        form.enabled = account.enabled();
        form.version = account.version();
        return form;
    }

    Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(name -> Role.byName(name).ifPresent(chosen::add));
        return chosen;
    }

    Set<String> chosenAreas() {
        return new TreeSet<>(areas);
    }

    /** Forgets the password typed, so it does not stay in the view's state. */
    void clearPassword() {
        password = null;
    }

    public String getUserName() { return userName; }

    public void setUserName(String userName) { this.userName = userName == null ? null : userName.strip(); }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    public List<String> getRoles() { return roles; }

    public void setRoles(List<String> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }

    public List<String> getAreas() { return areas; }

    public void setAreas(List<String> areas) { this.areas = areas == null ? new ArrayList<>() : areas; }

    public boolean isEnabled() { return enabled; }

    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    public long getVersion() { return version; }
}
