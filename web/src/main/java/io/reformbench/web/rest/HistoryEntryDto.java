package io.reformbench.web.rest;

import io.reformbench.core.domain.model.audit.AuditEntry;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.ZoneOffset;

/** One audited change of an action. */
@JsonbPropertyOrder({"at", "by", "operation", "field", "from", "to"})
public record HistoryEntryDto(String at, String by, String operation, String field, String from, String to) {

    static HistoryEntryDto of(AuditEntry entry) {
        return new HistoryEntryDto(entry.at().toInstant(ZoneOffset.UTC).toString(), entry.by(), entry.operation().name(), entry.field(),
                entry.from(), entry.to());
    }
}
