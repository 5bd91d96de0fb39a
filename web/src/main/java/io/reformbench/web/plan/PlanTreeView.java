package io.reformbench.web.plan;

import io.reformbench.core.application.PlanService;
import io.reformbench.core.application.RoadmapService;
import io.reformbench.core.domain.model.action.ActionFilter;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.area.ReformArea;
import io.reformbench.core.domain.model.area.SubArea;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.web.i18n.LocaleSelector;
import io.reformbench.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** Backs the plan page: the plan of {@code ?plan=} (else the first) as a tree of areas, sub-areas and actions. */
@Named
@ViewScoped
public class PlanTreeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanService plans;

    @Inject
    transient RoadmapService roadmap;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    Messages messages;

    private String planKey;
    private TreeNode<PlanRowDto> root;
    private String planTitle;
    private int actionCount;

    @PostConstruct
    void load() {
        List<Plan> all = plans.plans();
        if (all.isEmpty()) {
            root = new DefaultTreeNode<>(null, null);
            return;
        }
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("plan");
        Plan plan = all.stream().filter(p -> p.key().equals(asked)).findFirst().orElse(all.get(0));
        planKey = plan.key();
        rebuild(plan);
    }

    /** Rebuilds the rows in the current language, keeping the plan. */
    public void refresh() {
        rebuild(plans.plan(planKey));
    }

    private void rebuild(Plan plan) {
        Locale locale = localeSelector.getLocale();
        planTitle = plan.title().in(locale);
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<PlanRowDto>> groupNodes = new HashMap<>();
        for (ReformArea area : plans.areas(plan.key())) {
            TreeNode<PlanRowDto> areaNode = expanded(PlanRowDto.group(PlanRowDto.Kind.AREA, area.name().in(locale)), root);
            groupNodes.put(area.id(), areaNode);
            for (SubArea sub : area.subAreas()) {
                groupNodes.put(-sub.id(), expanded(PlanRowDto.group(PlanRowDto.Kind.SUB_AREA, sub.name().in(locale)), areaNode));
            }
        }
        Map<Long, TreeNode<PlanRowDto>> actionNodes = new HashMap<>();
        List<RoadmapAction> actions = roadmap.actions(plan.key(), ActionFilter.none());
        for (RoadmapAction action : actions) {
            TreeNode<PlanRowDto> parent = action.parent() != null ? actionNodes.get(action.parent().id())
                    : action.subArea() != null ? groupNodes.get(-action.subArea().id())
                    : groupNodes.get(action.area().id());
            actionNodes.put(action.id(), expanded(row(action, locale), parent == null ? root : parent));
        }
        actionCount = actions.size();
    }

    private PlanRowDto row(RoadmapAction action, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return new PlanRowDto(action.parent() == null ? PlanRowDto.Kind.ACTION : PlanRowDto.Kind.SUB_ACTION,
                action.number(), action.title().in(locale),
                english ? action.timeFrame().englishText() : action.timeFrame().chineseText(),
                action.schedule().plannedStart(), action.schedule().plannedEnd(),
                messages.get("status." + action.status().name()), action.progress());
    }

    private static TreeNode<PlanRowDto> expanded(PlanRowDto row, TreeNode<PlanRowDto> parent) {
        TreeNode<PlanRowDto> node = new DefaultTreeNode<>(row, parent);
        node.setExpanded(true);
        return node;
    }

    public TreeNode<PlanRowDto> getRoot() { return root; }

    public String getPlanTitle() { return planTitle; }

    public int getActionCount() { return actionCount; }

    public String getPlanKey() { return planKey; }

    public void setPlanKey(String planKey) { this.planKey = planKey; }
}
