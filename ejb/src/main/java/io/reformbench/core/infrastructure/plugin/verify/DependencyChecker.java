package io.reformbench.core.infrastructure.plugin.verify;

import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

/**
 * Decides whether plugins would resolve among what would be installed, naming every missing or conflicting
 * requirement at once and any cycle of plugin dependencies.
 */
public final class DependencyChecker {

    private static final String API_PACKAGES = "io.reformbench.api.";

    private final List<Capability> offered;
    private final Map<String, List<String>> requiredPlugins;

    /**
     * @param offered every capability there would be: the workbench's, runtime bundles', plugins' and candidates'
     * @param requiredPlugins for every plugin there would be, the ids of the plugins it requires
     */
    public DependencyChecker(List<Capability> offered, Map<String, List<String>> requiredPlugins) {
        this.offered = List.copyOf(offered);
        this.requiredPlugins = Map.copyOf(requiredPlugins);
    }

    /**
     * Checks one plugin.
     *
     * @param label the plugin as people read it, such as {@code oversight 1.0.0}
     * @param id the plugin's id
     * @param requirements what it needs
     * @return one refusal per kind of problem, each listing every requirement concerned; empty when it resolves
     */
    public List<Refusal> check(String label, String id, List<Requirement> requirements) {
        List<String> api = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Requirement requirement : requirements) {
            if (requirement.optional() || isMet(requirement)) {
                continue;
            }
            boolean isApi = requirement.namespace().equals(BundleManifest.PACKAGE) && requirement.name().startsWith(API_PACKAGES);
            (isApi ? api : missing).add(explain(requirement));
        }
        List<Refusal> refusals = new ArrayList<>();
        if (!api.isEmpty()) {
            refusals.add(new Refusal(RefusalReason.API_VERSION, label + " was built for another version of the plugin "
                    + "API; rebuild it against this workbench's API:", api));
        }
        if (!missing.isEmpty()) {
            refusals.add(new Refusal(RefusalReason.MISSING_DEPENDENCY, label + " cannot be resolved; install or "
                    + "upgrade what it needs first:", missing));
        }
        cycleThrough(id).ifPresent(cycle -> refusals.add(Refusal.of(RefusalReason.DEPENDENCY_CYCLE,
                "The plugins " + String.join(" → ", cycle) + " require each other in a cycle; every plugin in it is "
                        + "refused. Break the cycle by moving what they share into one plugin.")));
        return refusals;
    }

    private boolean isMet(Requirement requirement) {
        Filter filter = filter(requirement);
        return filter != null && offered.stream().anyMatch(capability ->
                capability.namespace().equals(requirement.namespace()) && filter.matches(capability.attributes()));
    }

    private String explain(Requirement requirement) {
        if (filter(requirement) == null) {
            return requirement.describe() + ": its filter is not valid";
        }
        List<String> near = offered.stream()
                .filter(capability -> capability.namespace().equals(requirement.namespace())
                        && capability.name().equals(requirement.name()))
                .map(capability -> capability.version() + " from " + capability.owner()).distinct().toList();
        String what = requirement.namespace().equals(BundleManifest.BUNDLE) ? "installed" : "offered";
        return near.isEmpty() ? requirement.describe() + ", which is not " + what
                : requirement.describe() + ", but only " + String.join(", ", near) + " is " + what;
    }

    private static Filter filter(Requirement requirement) {
        try {
            return FrameworkUtil.createFilter(requirement.filter());
        } catch (InvalidSyntaxException e) {
            return null;
        }
    }

    private Optional<List<String>> cycleThrough(String start) {
        Deque<String> path = new ArrayDeque<>();
        path.addLast(start);
        return walk(start, start, path, new HashSet<>());
    }

    private Optional<List<String>> walk(String node, String start, Deque<String> path, Set<String> seen) {
        for (String next : requiredPlugins.getOrDefault(node, List.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return Optional.of(cycle);
            }
            if (seen.add(next)) {
                path.addLast(next);
                Optional<List<String>> found = walk(next, start, path, seen);
                if (found.isPresent()) {
                    return found;
                }
                path.removeLast();
            }
        }
        return Optional.empty();
    }
}
