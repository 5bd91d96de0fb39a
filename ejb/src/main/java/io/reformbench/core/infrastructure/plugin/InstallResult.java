package io.reformbench.core.infrastructure.plugin;

import java.util.List;
import java.util.Optional;

/**
 * How one archive of a batch (built-ins, drop-ins) fared.
 *
 * @param source where the archive came from, such as its file name
 * @param plugin the installed or upgraded plugin, empty when refused
 * @param refusals why it was refused; empty when it was installed
 */
public record InstallResult(String source, Optional<PluginInfo> plugin, List<Refusal> refusals) {

    /** Freezes the refusals. */
    public InstallResult {
        refusals = List.copyOf(refusals);
    }
}
