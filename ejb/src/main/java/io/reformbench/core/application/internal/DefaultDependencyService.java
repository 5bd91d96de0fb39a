package io.reformbench.core.application.internal;

import io.reformbench.core.application.AccessGuard;
import io.reformbench.core.application.AlreadyExistsException;
import io.reformbench.core.application.DependencyService;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.PlanService;
import io.reformbench.core.application.RuleViolationException;
import io.reformbench.core.application.UnknownActionException;
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
import java.util.ArrayList;
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
        checkShape(fromId, toId, type, lagDays);
        Plan plan = planRepository.lockPlanOf(fromId).orElseThrow(() -> new UnknownActionException(fromId));
        RoadmapAction from = actions.find(fromId).orElseThrow(() -> new UnknownActionException(fromId));
        RoadmapAction to = actions.find(toId).orElseThrow(() -> new UnknownActionException(toId));
        refuseIfArchived(from);
        refuseIfArchived(to);
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
        List<RoadmapAction> planActions = actions.findAll(plan, ActionFilter.none());
        List<Long> cycle = ScheduleInputs.of(planActions, existing).findCycle(fromId, toId);
        if (!cycle.isEmpty()) {
            throw ScheduleInputs.cycle("Linking " + from.number() + " → " + to.number()
                    + " would close the cycle %s; an action cannot wait for itself.", targetFirst(cycle), planActions);
        }
        Dependency link = links.store(new Dependency(from, to, type, lagDays));
        auditor.linked(link);
        return link;
    }

    private static void checkShape(long fromId, long toId, DependencyType type, int lagDays) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new InvalidInputException.FieldProblem("type", "A link needs a type: FS, SS, FF or SF."));
        }
        if (Math.abs(lagDays) > Dependency.MAX_LAG_DAYS) {
            problems.add(new InvalidInputException.FieldProblem("lagDays", "A lag is at most "
                    + Dependency.MAX_LAG_DAYS + " days either way (negative for a lead), not " + lagDays + "."));
        }
        if (fromId == toId) {
            problems.add(new InvalidInputException.FieldProblem("to", "An action cannot be linked to itself."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void refuseIfArchived(RoadmapAction action) {
        if (action.archived() || action.area().archived()) {
            throw new RuleViolationException("ARCHIVED", "Action " + action.number() + " belongs to the archived area '"
                    + action.area().key() + "', whose plugin was removed; its links are read-only until the plugin"
                    + " returns.");
        }
    }

    /** [from, to, …, from] as [to, …, from, to]: the links that exist, then the new one that closes them. */
    private static List<Long> targetFirst(List<Long> cycle) {
        List<Long> path = new ArrayList<>(cycle.subList(1, cycle.size()));
        path.add(cycle.get(1));
        return path;
    }

    @Override
    public void unlink(long id) {
        Dependency link = dependency(id);
        refuseIfArchived(link.from());
        refuseIfArchived(link.to());
        guard.requireMayEdit(link.from().area().key());
        guard.requireMayEdit(link.to().area().key());
        auditor.unlinked(link);
        links.remove(link);
    }
}
