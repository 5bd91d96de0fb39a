package io.reformbench.api.contribution;

import io.reformbench.api.extension.Problem;
import io.reformbench.api.service.ActionSnapshot;
import java.util.List;

/**
 * Checks actions by rules a plugin knows, such as "a pledged contribution needs an amount"; register an
 * implementation as a Declarative Services component.
 *
 * <p>The core calls validators on a worker thread with a time limit; one that throws or overruns is reported as a
 * problem of its own and the others still run. Return problems, do not throw them.
 *
 * @since 1.0
 */
public interface ItemValidator {

    /**
     * Checks one action; called for every action, so return quickly for actions of areas it does not know.
     *
     * @param action the action as it stands
     * @return the problems found, each with the action's number as its subject; empty when it is fine
     */
    List<Problem> validate(ActionSnapshot action);

    /**
     * Checks a whole plan, for rules that span actions; by default checks each action on its own.
     *
     * @param actions every action of the plan, ordered by number
     * @return the problems found
     */
    default List<Problem> validatePlan(List<ActionSnapshot> actions) {
        return actions.stream().flatMap(action -> validate(action).stream()).toList();
    }
}
