package io.reformbench.web.plugin;

import io.reformbench.core.infrastructure.plugin.CheckReport;
import io.reformbench.core.infrastructure.plugin.PluginInfo;
import io.reformbench.core.infrastructure.plugin.PluginRefusedException;
import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.web.i18n.Messages;
import io.reformbench.web.security.RequiresRole;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** Backs the plugin page: the installed plugins, their start/stop/uninstall, and checking and installing uploads. */
@Named
@ViewScoped
public class PluginAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginOperations operations;

    @Inject
    Messages messages;

    private transient UploadedFile file;
    private boolean forceDowngrade;
    private List<PluginRowDto> rows;

    public List<PluginRowDto> getPlugins() {
        if (rows == null) {
            rows = operations.plugins().stream().map(PluginRowDto::of).toList();
        }
        return rows;
    }

    @RequiresRole(Role.MODULE_TEAM)
    public void check() {
        byte[] archive = upload();
        if (archive == null) {
            return;
        }
        try {
            CheckReport report = operations.check(new ByteArrayInputStream(archive));
            if (report.acceptable()) {
                info("plugins.acceptable", report.label() + " (" + report.action() + ")");
            } else {
                refused(report.refusals());
            }
        } catch (IOException e) {
            error(e.getMessage());
        }
    }

    @RequiresRole(Role.MODULE_TEAM)
    public void install() {
        byte[] archive = upload();
        if (archive == null) {
            return;
        }
        try {
            CheckReport report = operations.check(new ByteArrayInputStream(archive));
            String id = report.descriptor().map(d -> d.id().value()).orElse(null);
            boolean installed = id != null && getPlugins().stream().anyMatch(row -> row.getId().equals(id));
            PluginInfo result = installed ? operations.upgrade(id, archive, forceDowngrade)
                    : operations.install(new ByteArrayInputStream(archive));
            info(installed ? "plugins.upgraded" : "plugins.installed", result.descriptor().label());
        } catch (PluginRefusedException e) {
            refused(e.refusals());
        } catch (IOException | IllegalArgumentException e) {
            error(e.getMessage());
        }
        rows = null;
    }

    @RequiresRole(Role.MODULE_TEAM)
    public void start(String id) {
        run(id, "plugins.started", () -> operations.start(id));
    }

    @RequiresRole(Role.MODULE_TEAM)
    public void stop(String id) {
        run(id, "plugins.stopped", () -> operations.stop(id));
    }

    @RequiresRole(Role.MODULE_TEAM)
    public void uninstall(String id) {
        run(id, "plugins.uninstalledMsg", () -> operations.uninstall(id));
    }

    private void run(String id, String doneKey, Operation operation) {
        try {
            operation.run();
            info(doneKey, id);
        } catch (PluginRefusedException e) {
            refused(e.refusals());
        } catch (UnknownPluginException e) {
            error(e.getMessage());
        }
        rows = null;
    }

    private byte[] upload() {
        if (file == null || file.getSize() == 0) {
            error(messages.get("plugins.noFile"));
            return null;
        }
        return file.getContent();
    }

    private void refused(List<Refusal> refusals) {
        error(messages.get("plugins.failed"));
        refusals.forEach(refusal -> error(refusal.reason() + ": " + refusal.message()
                + (refusal.details().isEmpty() ? "" : " " + String.join("; ", refusal.details()))));
    }

    private void info(String key, String argument) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(messages.get(key), argument), null));
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public UploadedFile getFile() { return file; }

    public void setFile(UploadedFile file) { this.file = file; }

    public boolean isForceDowngrade() { return forceDowngrade; }

    public void setForceDowngrade(boolean forceDowngrade) { this.forceDowngrade = forceDowngrade; }

    /** A plugin operation that may be refused. */
    @FunctionalInterface
    private interface Operation {
        void run() throws PluginRefusedException;
    }
}
