package io.reformbench.core.application;

import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.model.dependency.DependencyType;
import java.util.List;

/** The links between a plan's actions; a link is refused when it would close a cycle, and every change is audited. */
public interface DependencyService {

    /** The plan's links, oldest first; a null key means the first plan. */
    List<Dependency> dependencies(String planKey);

    /** Throws {@link UnknownDependencyException} when there is no link with this id. */
    Dependency dependency(long id);

    /**
     * Links two actions of one plan.
     *
     * @throws UnknownActionException  when either id names no action
     * @throws InvalidInputException   for a missing type, a lag out of range, a self-link or a link across plans
     * @throws AlreadyExistsException  when the two actions are already linked this way round
     * @throws CyclicLinkException     when the link would close a cycle
     */
    Dependency link(long fromId, long toId, DependencyType type, int lagDays);

    /**
     * Changes a link's type and lag, under the same rules and plan lock as a new link, if it is still at the version
     * the caller read.
     *
     * @throws UnknownDependencyException when no link has this id
     * @throws StaleVersionException      when someone changed the link since (nothing is written)
     * @throws InvalidInputException      for a missing type or a lag out of range
     * @throws CyclicLinkException        when the changed link would close a cycle
     */
    Dependency change(long id, long expectedVersion, DependencyType type, int lagDays);

    /** Removes a link; throws {@link UnknownDependencyException} when there is none with this id. */
    void unlink(long id);
}
