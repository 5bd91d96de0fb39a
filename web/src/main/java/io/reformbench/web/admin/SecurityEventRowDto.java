package io.reformbench.web.admin;

import io.reformbench.core.domain.model.account.SecurityEvent;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One entry of the security log as the log page shows it. */
public record SecurityEventRowDto(long id, LocalDateTime at, String kind, String userName, String address,
        String detail) implements Serializable {

    static SecurityEventRowDto of(SecurityEvent event) {
        return new SecurityEventRowDto(event.id(), event.at(), event.kind().name(), event.userName(), event.address(),
                event.detail());
    }

    public long getId() { return id; }

    public LocalDateTime getAt() { return at; }

    public String getKind() { return kind; }

    public String getUserName() { return userName; }

    public String getAddress() { return address; }

    public String getDetail() { return detail; }
}
