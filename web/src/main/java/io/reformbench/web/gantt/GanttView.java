package io.reformbench.web.gantt;

import io.reformbench.core.application.PlanService;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.web.i18n.LocaleSelector;
import io.reformbench.web.security.RequiresRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;

/** Backs gantt.xhtml: which plan to open (from {@code ?plan=}) and which action to select (from {@code ?item=}). */
@Named
@RequestScoped
public class GanttView {

    @Inject
    PlanService plans;

    @Inject
    LocaleSelector localeSelector;

    private String plan;
    private Long item;
    private Long baseline;
    private Plan resolved;
    private boolean resolvedOnce;
    private String chosenPlan;

    public String getPlan() { return plan; }

    public void setPlan(String plan) { this.plan = plan == null || plan.isBlank() ? null : plan.strip(); }

    public Long getItem() { return item; }

    public void setItem(Long item) { this.item = item; }

    public Long getBaseline() { return baseline; }

    public void setBaseline(Long baseline) { this.baseline = baseline; }

    /** The plan shown: the one asked for, else the first; null when the workbench has none. */
    public Plan getCurrent() {
        if (!resolvedOnce) {
            resolvedOnce = true;
            List<Plan> all = plans.plans();
            resolved = all.isEmpty() ? null : plan == null ? all.get(0)
                    : all.stream().filter(p -> p.key().equals(plan)).findFirst().orElse(null);
        }
        return resolved;
    }

    public String getPlanKey() {
        return getCurrent() == null ? null : getCurrent().key();
    }

    public String getPlanTitle() {
        return getCurrent() == null ? "" : getCurrent().title().in(localeSelector.getLocale());
    }

    /** The plan picked in the plan chooser; the plan shown until the user picks another. */
    public String getChosenPlan() { return chosenPlan == null ? getPlanKey() : chosenPlan; }

    public void setChosenPlan(String chosenPlan) { this.chosenPlan = chosenPlan; }

    /** Opens the plan picked in the chooser (a new page, so the address names the plan and can be shared). */
    @RequiresRole(Role.VIEWER)
    public void openChosenPlan() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/gantt.xhtml?plan="
                + URLEncoder.encode(getChosenPlan(), StandardCharsets.UTF_8));
    }

    /** Every plan as key and title in the user's language, for the plan chooser. */
    public List<Map.Entry<String, String>> getPlanChoices() {
        return plans.plans().stream()
                .<Map.Entry<String, String>>map(p -> new SimpleImmutableEntry<>(p.key(), p.title().in(localeSelector.getLocale())))
                .toList();
    }
}
