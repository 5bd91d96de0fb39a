package io.reformbench.core.application.internal;

import io.reformbench.core.application.AccessGuard;
import io.reformbench.core.application.AlreadyExistsException;
import io.reformbench.core.application.DependencyService;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.PlanService;
import io.reformbench.core.application.UnknownActionException;
import io.reformbench.core.application.StaleVersionException;
import io.reformbench.core.application.UnknownDependencyException;
import io.reformbench.core.domain.model.action.ActionFilter;
import io.reformbench.core.domain.model.action.ActionRepository;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.model.dependency.DependencyRepository;
import io.reformbench.core.domain.model.dependency.DependencyType;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.model.plan.PlanRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The standard dependency service. A new link first locks its plan, so links of one plan are made one at a time and
 * the cycle check reads every link committed before; two links can never close a cycle together.
 */
@Stateless
public class DefaultDependencyService implements DependencyService {

    @Inject
    AccessGuard guard;

    @Inject
    PlanService plans;

    @Inject
    PlanRepository planRepository;

    @Inject
    ActionRepository actions;

    @Inject
    DependencyRepository links;

    @Inject
    ScheduleAuditor auditor;

    @Override
    public List<Dependency> dependencies(String planKey) {
        return links.findAll(plans.plan(planKey));
    }

    @Override
    public Dependency dependency(long id) {
        return links.find(id).orElseThrow(() -> new UnknownDependencyException(id));
    }

    @Override
    public Dependency link(long fromId, long toId, DependencyType type, int lagDays) {
        LinkRules.checkShape(fromId, toId, type, lagDays);
        Plan plan = planRepository.lockPlanOf(fromId).orElseThrow(() -> new UnknownActionException(fromId));
        RoadmapAction from = actions.find(fromId).orElseThrow(() -> new UnknownActionException(fromId));
        RoadmapAction to = actions.find(toId).orElseThrow(() -> new UnknownActionException(toId));
        ArchivedActions.refuseChanges(from);
        ArchivedActions.refuseChanges(to);
        guard.requireMayEdit(from.area().key());
        guard.requireMayEdit(to.area().key());
        if (!plan.id().equals(to.plan().id())) {
            throw new InvalidInputException("to", "Action " + to.number() + " (id " + toId + ") belongs to the plan '"
                    + to.plan().key() + "', action " + from.number() + " (id " + fromId + ") to '" + plan.key()
                    + "'; link actions of one plan.");
        }
        List<Dependency> existing = links.lockAll(plan);
        for (Dependency link : existing) {
            if (link.fromId() == fromId && link.toId() == toId) {
                throw new AlreadyExistsException("dependency", link.id(), "Action " + from.number()
                        + " is already linked to " + to.number() + " (dependency " + link.id() + ": " + link.type()
                        + ", lag " + link.lagDays() + " days); delete that link to replace it.");
            }
        }
        refuseCycle(plan, from, to, existing);
        Dependency link = links.store(new Dependency(from, to, type, lagDays));
        auditor.linked(link);
        return link;
    }

    @Override
    public Dependency change(long id, long expectedVersion, DependencyType type, int lagDays) {
        Dependency link = dependency(id);
        LinkRules.checkShape(link.fromId(), link.toId(), type, lagDays);
        Plan plan = planRepository.lockPlanOf(link.fromId()).orElseThrow(() -> new UnknownDependencyException(id));
        ArchivedActions.refuseChanges(link.from());
        ArchivedActions.refuseChanges(link.to());
        guard.requireMayEdit(link.from().area().key());
        guard.requireMayEdit(link.to().area().key());
        List<Dependency> others = links.lockAll(plan).stream().filter(other -> !other.id().equals(link.id())).toList();
        if (link.version() != expectedVersion) {
            throw new StaleVersionException("Link " + link.describe() + " was changed by someone else (your version "
                    + expectedVersion + ", now " + link.version() + "); nothing was saved. Reload it and apply your"
                    + " change again.", id, link.version());
        }
        refuseCycle(plan, link.from(), link.to(), others);
        String before = link.describe();
        if (link.type() != type || link.lagDays() != lagDays) {
            link.change(type, lagDays);
            links.flush();
            auditor.relinked(before, link);
        }
        return link;
    }

    /** Refuses a link from → to that would close a cycle with the existing links (read under the plan's lock). */
    private void refuseCycle(Plan plan, RoadmapAction from, RoadmapAction to, List<Dependency> existing) {
        List<RoadmapAction> planActions = actions.findAll(plan, ActionFilter.none());
        List<Long> cycle = ScheduleInputs.of(planActions, existing).findCycle(from.id(), to.id());
        if (!cycle.isEmpty()) {
            throw ScheduleInputs.cycle("Linking " + from.number() + " → " + to.number()
                    + " would close the cycle %s; an action cannot wait for itself.", LinkRules.targetFirst(cycle),
                    planActions);
        }
    }

    @Override
    public void unlink(long id) {
        Dependency link = dependency(id);
        ArchivedActions.refuseChanges(link.from());
        ArchivedActions.refuseChanges(link.to());
        guard.requireMayEdit(link.from().area().key());
        guard.requireMayEdit(link.to().area().key());
        auditor.unlinked(link);
        links.remove(link);
    }
}
