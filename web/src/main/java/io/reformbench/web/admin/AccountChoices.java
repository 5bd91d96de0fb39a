package io.reformbench.web.admin;

import io.reformbench.core.application.PlanService;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.core.domain.model.area.ReformArea;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.web.i18n.LocaleSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The roles and the areas an administrator can grant; areas are those of the workbench's first (default) plan. */
@Named
@RequestScoped
public class AccountChoices {

    @Inject
    PlanService plans;

    @Inject
    LocaleSelector localeSelector;

    private Map<String, String> areaNames;

    /** Container role names, least to most powerful. */
    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::roleName).toList();
    }

    /** Area key to its name in the user's language, in the plan's order. */
    public Map<String, String> getAreaNames() {
        if (areaNames == null) {
            areaNames = new LinkedHashMap<>();
            List<Plan> all = plans.plans();
            if (!all.isEmpty()) {
                for (ReformArea area : plans.areas(all.get(0).key())) {
                    areaNames.put(area.key(), area.name().in(localeSelector.getLocale()));
                }
            }
        }
        return areaNames;
    }
}
