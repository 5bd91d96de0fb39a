package io.reformbench.core.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/** One entry of the security log: who, from where, what, and a detail without secrets. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "security-event-ids")
    @TableGenerator(name = "security-event-ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "security_event", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private SecurityEventKind kind;

    @Column(name = "user_name", length = 64)
    private String userName;

    @Column(name = "address", length = 64)
    private String address;

    @Column(name = "detail", length = 500)
    private String detail;

    protected SecurityEvent() {
        // for JPA
    }

    public SecurityEvent(LocalDateTime at, SecurityEventKind kind, String userName, String address, String detail) {
        this.at = at;
        this.kind = kind;
        this.userName = clip(userName, 64);
        this.address = clip(address, 64);
        this.detail = clip(detail, 500);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long id() { return id; }

    public LocalDateTime at() { return at; }

    public SecurityEventKind kind() { return kind; }

    public String userName() { return userName; }

    public String address() { return address; }

    public String detail() { return detail; }
}
