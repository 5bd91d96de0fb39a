package io.reformbench.core.infrastructure.plugin;

import io.reformbench.api.contribution.CoreExtensionPoints;
import io.reformbench.api.contribution.ItemValidator;
import io.reformbench.api.extension.ExtensionRegistry;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.service.ActionSnapshot;
import io.reformbench.core.infrastructure.plugin.registry.ShieldedInvoker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs every plugin's validators on an action or a plan; a validator that throws or hangs becomes a problem. */
public final class PluginValidation {

    private final ExtensionRegistry registry;
    private final ShieldedInvoker invoker;

    /**
     * @param registry where the validators are
     * @param invoker the shield around calls into plugin code
     */
    public PluginValidation(ExtensionRegistry registry, ShieldedInvoker invoker) {
        this.registry = registry;
        this.invoker = invoker;
    }

    /** The problems every validator finds with one action. */
    public List<Problem> validate(ActionSnapshot action) {
        return collect(validator -> validator.validate(action));
    }

    /** The problems every validator finds with a whole plan. */
    public List<Problem> validatePlan(List<ActionSnapshot> actions) {
        List<ActionSnapshot> frozen = List.copyOf(actions);
        return collect(validator -> validator.validatePlan(frozen));
    }

    private List<Problem> collect(Function<ItemValidator, List<Problem>> call) {
        List<Problem> problems = new ArrayList<>();
        for (ShieldedInvoker.Outcome<List<Problem>> outcome
                : invoker.callEach(registry.contributions(CoreExtensionPoints.ITEM_VALIDATORS), call)) {
            outcome.value().ifPresent(problems::addAll);
            outcome.failure().ifPresent(problems::add);
        }
        return problems;
    }
}
