package io.reformbench.web.rest;

import io.reformbench.api.extension.Problem;
import io.reformbench.core.infrastructure.plugin.PluginInfo;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/** An installed plugin as the API lists it. */
@JsonbPropertyOrder({"id", "version", "state", "name", "vendor", "requires", "contributions", "problems", "sha256",
    "signer", "installedBy", "installedAt"})
public record PluginDto(String id, String version, String state, TextDto name, String vendor, List<String> requires,
        Map<String, Long> contributions, List<ProblemDto> problems, String sha256, String signer, String installedBy,
        String installedAt) {

    static PluginDto of(PluginInfo info) {
        return new PluginDto(info.descriptor().id().value(), info.descriptor().version().toString(),
                info.state().name(), new TextDto(info.descriptor().name(), info.descriptor().name()),
                info.descriptor().vendor(), info.descriptor().requires().stream().map(Object::toString).toList(),
                info.contributions(), info.problems().stream().map(ProblemDto::of).toList(), info.sha256(),
                info.signer(), info.installedBy(), info.installedAt() == null ? null : info.installedAt().toString());
    }

    /** A problem a plugin or one of its contributions has. */
    public record ProblemDto(String severity, String code, String subject, String message) {

        static ProblemDto of(Problem problem) {
            return new ProblemDto(problem.severity().name(), problem.code(), problem.subject(), problem.message());
        }
    }
}
