package io.reformbench.web.plugin;

import io.reformbench.core.infrastructure.plugin.PluginInfo;
import java.io.Serializable;
import java.util.stream.Collectors;

/** One installed plugin as the plugin page shows it; getters because Jakarta EL 5 does not read records. */
public final class PluginRowDto implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private final String version;
    private final String state;
    private final String signer;
    private final String contributions;

    private PluginRowDto(String id, String name, String version, String state, String signer, String contributions) {
        this.id = id;
        this.name = name;
        this.version = version;
        this.state = state;
        this.signer = signer;
        this.contributions = contributions;
    }

    static PluginRowDto of(PluginInfo info) {
        return new PluginRowDto(info.descriptor().id().value(), info.descriptor().name(),
                info.descriptor().version().toString(), info.state().name(), info.signer(),
                info.contributions().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .map(entry -> entry.getKey() + " ×" + entry.getValue()).collect(Collectors.joining(", ")));
    }

    public String getId() { return id; }

    public String getName() { return name; }

    public String getVersion() { return version; }

    public String getState() { return state; }

    public String getSigner() { return signer; }

    public String getContributions() { return contributions; }

    public boolean isActive() { return "ACTIVE".equals(state); }
}
