package io.reformbench.core.application.internal;

import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.model.dependency.DependencyType;
import java.util.ArrayList;
import java.util.List;

/** The rules every new or changed link meets before the cycle check: its shape, and the order of a cycle's ids. */
final class LinkRules {

    private LinkRules() {
    }

    static void checkShape(long fromId, long toId, DependencyType type, int lagDays) {
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

    /** [from, to, …, from] as [to, …, from, to]: the links that exist, then the new one that closes them. */
    static List<Long> targetFirst(List<Long> cycle) {
        List<Long> path = new ArrayList<>(cycle.subList(1, cycle.size()));
        path.add(cycle.get(1));
        return path;
    }
}
