package io.reformbench.plugins.fundingcompact;

import io.reformbench.api.contribution.ItemValidator;
import io.reformbench.api.extension.ExtensionRegistry;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.service.ActionSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A contribution needs a positive amount, and an earmarked one needs a purpose that some active plugin offers
 * through {@code fundingCompact.contributionTypes}.
 */
@Component(service = ItemValidator.class)
public class FundingValidator implements ItemValidator {

    private final ExtensionRegistry registry;

    /** @param registry where the contribution types contributed by every active plugin are */
    @Activate
    public FundingValidator(@Reference ExtensionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<Problem> validate(ActionSnapshot action) {
        Optional<String> type = FundingFields.contributionType(action);
        if (!action.area().equals(FundingFields.AREA) || type.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        Optional<BigDecimal> amount = FundingFields.amount(action);
        if (amount.isEmpty()) {
            problems.add(Problem.error("AMOUNT_REQUIRED", action.number(), "Action " + action.number() + " names a "
                    + type.get() + " contribution; give its amount in US dollars."));
        } else if (amount.get().signum() <= 0) {
            problems.add(Problem.error("AMOUNT_NOT_POSITIVE", action.number(), "Action " + action.number()
                    + " gives an amount of " + amount.get() + "; a contribution is more than zero."));
        }
        if (type.get().equals(FundingFields.EARMARKED)) {
            earmark(action).ifPresent(problems::add);
        }
        return problems;
    }

    private Optional<Problem> earmark(ActionSnapshot action) {
        List<String> known = registry.values(FundingFields.CONTRIBUTION_TYPES).stream()
                .map(type -> type.requiredAttribute("key")).toList();
        Optional<String> purpose = FundingFields.earmarkedFor(action);
        if (purpose.isEmpty()) {
            return Optional.of(Problem.error("EARMARK_MISSING", action.number(), "Action " + action.number()
                    + " is an earmarked contribution; say what it is earmarked for: one of " + known + "."));
        }
        if (!known.contains(purpose.get())) {
            return Optional.of(Problem.error("UNKNOWN_CONTRIBUTION_TYPE", action.number(), "Action " + action.number()
                    + " is earmarked for '" + purpose.get() + "', which no active plugin offers; use one of " + known + "."));
        }
        return Optional.empty();
    }
}
