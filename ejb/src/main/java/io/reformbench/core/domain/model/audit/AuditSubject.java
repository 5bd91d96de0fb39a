package io.reformbench.core.domain.model.audit;

/** What an audit entry is about: a type such as {@code action} and that thing's id. */
public record AuditSubject(String type, String id) {

    public static AuditSubject action(long id) {
        return new AuditSubject("action", String.valueOf(id));
    }

    public static AuditSubject plugin(String id) {
        return new AuditSubject("plugin", id);
    }

    public static AuditSubject plan(String key) {
        return new AuditSubject("plan", key);
    }
}
