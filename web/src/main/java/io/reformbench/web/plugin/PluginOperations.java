package io.reformbench.web.plugin;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.core.application.CurrentUser;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.core.infrastructure.plugin.CheckReport;
import io.reformbench.core.infrastructure.plugin.PluginInfo;
import io.reformbench.core.infrastructure.plugin.PluginRefusedException;
import io.reformbench.core.infrastructure.plugin.container.RunningPlugins;
import io.reformbench.core.infrastructure.plugin.lifecycle.PluginLifecycle;
import io.reformbench.web.security.RequiresRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** What the plugin page and the plugin API may do to plugins, each operation done as the current user. */
@ApplicationScoped
public class PluginOperations {

    @Inject
    RunningPlugins running;

    @Inject
    CurrentUser user;

    public List<PluginInfo> plugins() {
        try {
            return lifecycle().plugins();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the installed plugins", e);
        }
    }

    public PluginInfo plugin(String id) {
        try {
            return lifecycle().plugin(pluginId(id)).orElseThrow(() -> new UnknownPluginException(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the installed plugins", e);
        }
    }

    public CheckReport check(InputStream upload) throws IOException {
        return lifecycle().check(upload);
    }

    @RequiresRole(Role.MODULE_TEAM)
    public PluginInfo install(InputStream upload) throws IOException, PluginRefusedException {
        return lifecycle().install(upload, user.name());
    }

    /** Upgrades the plugin {@code id}; an archive of another plugin is refused before anything changes. */
    @RequiresRole(Role.MODULE_TEAM)
    public PluginInfo upgrade(String id, byte[] upload, boolean force) throws IOException, PluginRefusedException {
        plugin(id);
        String uploaded = check(new ByteArrayInputStream(upload)).descriptor().map(d -> d.id().value()).orElse(id);
        if (!uploaded.equals(id)) {
            throw new IllegalArgumentException("The uploaded archive is the plugin '" + uploaded + "', not '" + id + "'.");
        }
        return lifecycle().upgrade(new ByteArrayInputStream(upload), user.name(), force);
    }

    @RequiresRole(Role.MODULE_TEAM)
    public PluginInfo start(String id) throws PluginRefusedException {
        plugin(id);
        lifecycle().start(pluginId(id), user.name());
        return plugin(id);
    }

    @RequiresRole(Role.MODULE_TEAM)
    public PluginInfo stop(String id) throws PluginRefusedException {
        plugin(id);
        lifecycle().stop(pluginId(id), user.name());
        return plugin(id);
    }

    @RequiresRole(Role.MODULE_TEAM)
    public void uninstall(String id) throws PluginRefusedException {
        plugin(id);
        lifecycle().uninstall(pluginId(id), user.name());
    }

    private static PluginId pluginId(String id) {
        if (!PluginId.isValid(id)) {
            throw new UnknownPluginException(id);
        }
        return PluginId.of(id);
    }

    private PluginLifecycle lifecycle() {
        return running.runtime().plugins();
    }
}
