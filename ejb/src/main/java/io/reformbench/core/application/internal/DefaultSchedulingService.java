package io.reformbench.core.application.internal;

import io.reformbench.core.application.ActionEdit;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.PlanService;
import io.reformbench.core.application.RoadmapService;
import io.reformbench.core.application.RuleViolationException;
import io.reformbench.core.application.SchedulingService;
import io.reformbench.core.domain.model.action.ActionFilter;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.audit.AuditEntry;
import io.reformbench.core.domain.model.audit.AuditOperation;
import io.reformbench.core.domain.model.audit.AuditRepository;
import io.reformbench.core.domain.model.audit.AuditSubject;
import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.model.dependency.DependencyRepository;
import io.reformbench.core.domain.model.dependency.DependencyType;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.service.scheduling.Schedule;
import io.reformbench.core.domain.service.scheduling.ScheduleInput;
import io.reformbench.core.domain.service.scheduling.ScheduleShift;
import io.reformbench.core.domain.service.scheduling.Scheduler;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The standard scheduling service: the engine over the stored plan, links audited on their successor. */
@Stateless
public class DefaultSchedulingService implements SchedulingService {

    @Inject
    PlanService plans;

    @Inject
    RoadmapService roadmap;

    @Inject
    DependencyRepository links;

    @Inject
    AuditRepository audit;

    @Inject
    ActionAuditor auditor;

    @Override
    public List<Dependency> dependencies(String planKey) {
        return links.findAll(plans.plan(planKey));
    }

    @Override
    public Dependency link(long fromId, long toId, DependencyType type, int lagDays) {
        RoadmapAction from = roadmap.action(fromId);
        RoadmapAction to = roadmap.action(toId);
        if (fromId == toId || !from.plan().id().equals(to.plan().id())) {
            throw new InvalidInputException("to", "A link joins two different actions of the same plan.");
        }
        if (links.findBetween(fromId, toId).isPresent() || links.findBetween(toId, fromId).isPresent()) {
            throw new RuleViolationException("DUPLICATE_LINK", "Actions " + from.number() + " and " + to.number()
                    + " are already linked; delete that link first to change it.");
        }
        List<Long> cycle = input(from.plan()).findCycle(fromId, toId);
        if (!cycle.isEmpty()) {
            throw new RuleViolationException("CYCLE", "This link would close the cycle " + numbers(cycle)
                    + "; an action cannot wait for itself.");
        }
        Dependency link = new Dependency(from, to, type, lagDays);
        links.store(link);
        record(to, null, describe(link));
        return link;
    }

    @Override
    public void unlink(long dependencyId) {
        Dependency link = links.find(dependencyId).orElseThrow(() -> new InvalidInputException("id",
                "There is no link " + dependencyId + "; it may have been deleted already."));
        record(link.to(), describe(link), null);
        links.remove(link);
    }

    @Override
    public Schedule schedule(String planKey) {
        return new Scheduler().schedule(input(plans.plan(planKey)));
    }

    @Override
    public List<ScheduleShift> preview(long actionId, LocalDate plannedStart, LocalDate plannedEnd) {
        RoadmapAction action = roadmap.action(actionId);
        return new Scheduler().schedule(input(action.plan())).preview(actionId, plannedStart, plannedEnd);
    }

    @Override
    public List<RoadmapAction> apply(long actionId, long expectedVersion, LocalDate plannedStart, LocalDate plannedEnd) {
        List<ScheduleShift> shifts = preview(actionId, plannedStart, plannedEnd);
        List<RoadmapAction> saved = new ArrayList<>();
        saved.add(roadmap.update(actionId, expectedVersion, ActionEdit.create().plannedStart(plannedStart).plannedEnd(plannedEnd)));
        for (ScheduleShift shift : shifts) {
            RoadmapAction other = roadmap.action(shift.id());
            LocalDate start = other.schedule().plannedStart();
            if (shift.id() == actionId || shift.newStart() == null || start == null || !shift.newStart().isAfter(start)) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(start, shift.newStart());
            LocalDate end = other.schedule().plannedEnd();
            saved.add(roadmap.update(other.id(), other.version(), ActionEdit.create().plannedStart(shift.newStart())
                    .plannedEnd(end == null ? null : end.plusDays(days))));
        }
        return saved;
    }

    private ScheduleInput input(Plan plan) {
        return ScheduleInputs.of(roadmap.actions(plan.key(), ActionFilter.none()), links.findAll(plan));
    }

    private String numbers(List<Long> ids) {
        return ids.stream().map(id -> roadmap.action(id).number()).collect(Collectors.joining(" → "));
    }

    private static String describe(Dependency link) {
        return link.type() + " " + link.from().number() + " → " + link.to().number()
                + (link.lagDays() == 0 ? "" : " (" + link.lagDays() + " d)");
    }

    private void record(RoadmapAction successor, String from, String to) {
        audit.store(new AuditEntry(auditor.now(), auditor.userName(), to == null ? AuditOperation.DELETE : AuditOperation.CREATE,
                AuditSubject.action(successor.id()), "dependency", from, to));
    }
}
