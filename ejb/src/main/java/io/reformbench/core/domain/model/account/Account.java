package io.reformbench.core.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A person (or script) who signs in: user name, password hash, roles and the areas a planner may edit. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findAll", query = "SELECT a FROM Account a ORDER BY a.userName")
@NamedQuery(name = "Account.findByUserName", query = "SELECT a FROM Account a WHERE a.userName = :userName")
@NamedQuery(name = "Account.count", query = "SELECT COUNT(a) FROM Account a")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "user_name", nullable = false, unique = true, length = 64)
    private String userName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    /** Role names, comma separated. */
    @Column(name = "roles", nullable = false, length = 255)
    private String roles;

    /** Area keys a planner may edit, comma separated; null or empty for every area. */
    @Column(name = "areas", length = 2000)
    private String areas;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "password_changed_at", nullable = false)
    private LocalDateTime passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String userName, String passwordHash, Set<Role> roles, Set<String> areas, LocalDateTime now) {
        this.userName = UserNames.check(userName);
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.passwordChangedAt = now;
        grant(roles, areas);
    }

    /** Replaces the roles and area limits. */
    public void grant(Set<Role> newRoles, Set<String> newAreas) {
        this.roles = newRoles.stream().sorted(Comparator.naturalOrder()).map(Role::roleName)
                .collect(Collectors.joining(","));
        this.areas = newAreas.isEmpty() ? null : String.join(",", new TreeSet<>(newAreas));
    }

    /** Sets a new password hash; {@code temporary} makes the owner choose another at next sign-in. */
    public void changePassword(String newHash, boolean temporary, LocalDateTime now) {
        this.passwordHash = newHash;
        this.mustChangePassword = temporary;
        this.passwordChangedAt = now;
    }

    public void enable(boolean value) {
        this.enabled = value;
    }

    public Long id() { return id; }

    public String userName() { return userName; }

    public String passwordHash() { return passwordHash; }

    /** The roles as assigned (see {@link Role#granted} for what they include). */
    public Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(Role::byName).flatMap(java.util.Optional::stream).forEach(set::add);
        return set;
    }

    /** The areas this account may edit; empty means every area. */
    public Set<String> areas() {
        return areas == null || areas.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(areas.split(",")));
    }

    public boolean mustChangePassword() { return mustChangePassword; }

    public boolean enabled() { return enabled; }

    public LocalDateTime passwordChangedAt() { return passwordChangedAt; }

    public LocalDateTime createdAt() { return createdAt; }

    public long version() { return version; }
}
