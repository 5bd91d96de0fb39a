package io.reformbench.web.admin;

import io.reformbench.core.application.SecurityLog;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import io.reformbench.web.security.RequiresRole;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Backs the security log page: the latest events, newest first, optionally of one kind only. */
@Named
@ViewScoped
@RequiresRole(Role.ADMIN)
public class SecurityLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 1000;

    @Inject
    transient SecurityLog log;

    private String kind;
    private List<SecurityEventRowDto> events;

    public List<SecurityEventRowDto> getEvents() {
        if (events == null) {
            events = log.latest(LIMIT).stream().map(SecurityEventRowDto::of)
                    .filter(event -> kind == null || kind.equals(event.kind())).toList();
        }
        return events;
    }

    public List<String> getKinds() {
        return Arrays.stream(SecurityEventKind.values()).map(Enum::name).toList();
    }

    /** Reads the log again, e.g. after choosing another kind. */
    public void reload() {
        events = null;
    }

    public String getKind() { return kind; }

    public void setKind(String kind) { this.kind = kind == null || kind.isBlank() ? null : kind; }
}
