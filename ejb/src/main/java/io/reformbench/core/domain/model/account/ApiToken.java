package io.reformbench.core.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A personal API token: only its SHA-256 hash and a short prefix (to recognise it in lists) are kept. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.findByHash", query = "SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.hash = :hash")
@NamedQuery(name = "ApiToken.findByAccount",
        query = "SELECT t FROM ApiToken t WHERE t.account = :account ORDER BY t.createdAt, t.id")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "token_name", nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String hash;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(Account account, String name, String hash, String prefix, LocalDateTime now) {
        this.account = account;
        this.name = name;
        this.hash = hash;
        this.prefix = prefix;
        this.createdAt = now;
    }

    public void used(LocalDateTime now) {
        this.lastUsedAt = now;
    }

    public Long id() { return id; }

    public Account account() { return account; }

    public String name() { return name; }

    public String prefix() { return prefix; }

    public LocalDateTime createdAt() { return createdAt; }

    public LocalDateTime lastUsedAt() { return lastUsedAt; }
}
