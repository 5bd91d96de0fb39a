package io.reformbench.web.rest;

import io.reformbench.core.infrastructure.plugin.CheckReport;
import io.reformbench.core.infrastructure.plugin.Refusal;
import java.util.List;
import java.util.Set;

/** What installing an archive would do, and every reason it would be refused. */
public record CheckDto(String plugin, String version, String action, String installedVersion, boolean acceptable,
        String sha256, String signer, Set<String> declaredPoints, Set<String> contributedPoints,
        List<RefusalDto> refusals) {

    static CheckDto of(CheckReport report) {
        return new CheckDto(report.descriptor().map(d -> d.id().value()).orElse(null),
                report.descriptor().map(d -> d.version().toString()).orElse(null), report.action().name(),
                report.installedVersion().map(Object::toString).orElse(null), report.acceptable(), report.sha256(),
                report.signer(), report.declaredPoints(), report.contributedPoints(),
                report.refusals().stream().map(RefusalDto::of).toList());
    }

    /** One reason a plugin is refused. */
    public record RefusalDto(String reason, String message, List<String> details) {

        static RefusalDto of(Refusal refusal) {
            return new RefusalDto(refusal.reason().name(), refusal.message(), refusal.details());
        }
    }
}
