package io.reformbench.core.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One recorded change of one field, written in the same transaction as the change itself. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    /** When, in UTC. */
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime at;

    @Column(name = "by_user", nullable = false, length = 100)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(name = "operation", nullable = false, length = 20)
    private AuditOperation operation;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 100)
    private String subjectId;

    @Column(name = "field_name", length = 100)
    private String field;

    @Column(name = "from_value", length = 2000)
    private String from;

    @Column(name = "to_value", length = 2000)
    private String to;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(LocalDateTime at, String by, AuditOperation operation, AuditSubject subject,
            String field, String from, String to) {
        this.at = at;
        this.by = by;
        this.operation = operation;
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.field = field;
        this.from = clip(from);
        this.to = clip(to);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 1999) + "…";
    }

    public Long id() { return id; }

    public LocalDateTime at() { return at; }

    public String by() { return by; }

    public AuditOperation operation() { return operation; }

    public AuditSubject subject() { return new AuditSubject(subjectType, subjectId); }

    public String field() { return field; }

    public String from() { return from; }

    public String to() { return to; }
}
