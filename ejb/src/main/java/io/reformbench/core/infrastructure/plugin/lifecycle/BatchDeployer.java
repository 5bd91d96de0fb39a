package io.reformbench.core.infrastructure.plugin.lifecycle;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.api.plugin.PluginRequirement;
import io.reformbench.core.infrastructure.plugin.CheckReport;
import io.reformbench.core.infrastructure.plugin.InstallResult;
import io.reformbench.core.infrastructure.plugin.PluginArchive;
import io.reformbench.core.infrastructure.plugin.PluginInfo;
import io.reformbench.core.infrastructure.plugin.PluginOperation;
import io.reformbench.core.infrastructure.plugin.PluginRefusedException;
import io.reformbench.core.infrastructure.plugin.store.StoredPlugin;
import io.reformbench.core.infrastructure.plugin.verify.PluginVerifier;
import io.reformbench.core.infrastructure.plugin.verify.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Deploys a batch of archives (built-ins, drop-ins): new plugins are installed, newer versions upgrade, the same or
 * older versions are left alone. Plugins of the batch may need each other, so they are judged together and
 * installed dependencies first.
 */
final class BatchDeployer {

    private final LifecycleContext lifecycle;
    private final PluginVerifier verifier;
    private final Staging staging;
    private final long maxBytes;
    private final Function<StoredPlugin, PluginInfo> describe;

    BatchDeployer(LifecycleContext lifecycle, PluginVerifier verifier, Staging staging, long maxBytes,
                  Function<StoredPlugin, PluginInfo> describe) {
        this.lifecycle = lifecycle;
        this.verifier = verifier;
        this.staging = staging;
        this.maxBytes = maxBytes;
        this.describe = describe;
    }

    List<InstallResult> deploy(List<PluginArchive> archives, String actor) throws IOException {
        Map<String, Verification> verified = new LinkedHashMap<>();
        try {
            for (PluginArchive archive : archives) {
                try (InputStream in = archive.source().open()) {
                    verified.put(archive.name(), verifier.verify(staging.stage(in, maxBytes)));
                }
            }
            return deploy(verified, actor);
        } finally {
            for (Verification verification : verified.values()) {
                Files.deleteIfExists(verification.file());
            }
        }
    }

    private List<InstallResult> deploy(Map<String, Verification> verified, String actor) throws IOException {
        Map<String, InstallResult> results = new LinkedHashMap<>();
        List<String> fresh = new ArrayList<>();
        for (Map.Entry<String, Verification> entry : verified.entrySet()) {
            Optional<StoredPlugin> installed = entry.getValue().manifest().map(m -> find(m.id())).orElse(Optional.empty());
            if (installed.isEmpty()) {
                fresh.add(entry.getKey());
            } else if (!entry.getValue().manifest().orElseThrow().descriptor().version().isNewerThan(installed.get().version())) {
                results.put(entry.getKey(), new InstallResult(entry.getKey(), Optional.of(describe.apply(installed.get())), List.of()));
            } else {
                results.put(entry.getKey(), upgrade(entry.getKey(), entry.getValue(), actor));
            }
        }
        List<CheckReport> reports = new InstallPlanner(lifecycle.context(), lifecycle.store())
                .plan(fresh.stream().map(verified::get).toList(), false, false);
        for (int i : dependencyOrder(fresh, verified)) {
            String name = fresh.get(i);
            CheckReport report = reports.get(i);
            results.put(name, report.acceptable() ? install(name, verified.get(name), report, actor) : refuse(name, report, actor));
        }
        return verified.keySet().stream().map(results::get).toList();
    }

    private InstallResult upgrade(String name, Verification verification, String actor) throws IOException {
        CheckReport report = new InstallPlanner(lifecycle.context(), lifecycle.store()).plan(List.of(verification), true, false).get(0);
        if (!report.acceptable()) {
            return refuse(name, report, actor);
        }
        try {
            return new InstallResult(name, Optional.of(describe.apply(new Upgrader(lifecycle).upgrade(verification, report, actor))), List.of());
        } catch (PluginRefusedException e) {
            return new InstallResult(name, Optional.empty(), e.refusals());
        }
    }

    private InstallResult install(String name, Verification verification, CheckReport report, String actor) {
        try {
            return new InstallResult(name, Optional.of(describe.apply(new Installer(lifecycle).install(verification, report, actor))), List.of());
        } catch (PluginRefusedException e) {
            return new InstallResult(name, Optional.empty(), e.refusals());
        }
    }

    private InstallResult refuse(String name, CheckReport report, String actor) {
        lifecycle.audit().refused(actor, PluginOperation.INSTALL, PluginLifecycle.subject(report), report.refusals());
        return new InstallResult(name, Optional.empty(), report.refusals());
    }

    private Optional<StoredPlugin> find(PluginId id) {
        try {
            return lifecycle.store().find(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes into {@code names}, each plugin after the plugins of the batch it requires. */
    private static List<Integer> dependencyOrder(List<String> names, Map<String, Verification> verified) {
        Map<String, Integer> byId = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            verified.get(names.get(i)).manifest().ifPresent(m -> byId.putIfAbsent(m.id().value(), index));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            visit(i, names, verified, byId, order, new ArrayList<>());
        }
        return order;
    }

    private static void visit(int index, List<String> names, Map<String, Verification> verified, Map<String, Integer> byId,
                              List<Integer> order, List<Integer> path) {
        if (order.contains(index) || path.contains(index)) {
            return;
        }
        path.add(index);
        verified.get(names.get(index)).manifest().ifPresent(m -> m.descriptor().requires().stream()
                .map(PluginRequirement::plugin).map(PluginId::value).map(byId::get)
                .filter(Objects::nonNull).forEach(dependency -> visit(dependency, names, verified, byId, order, path)));
        order.add(index);
    }
}
