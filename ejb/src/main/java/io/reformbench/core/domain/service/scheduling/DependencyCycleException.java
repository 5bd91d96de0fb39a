package io.reformbench.core.domain.service.scheduling;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when links (or a link and the sub-action tree) form a cycle, which no schedule can satisfy. */
public class DependencyCycleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Long> cycle;

    public DependencyCycleException(List<Long> cycle) {
        super("The links between actions form a cycle " + describe(cycle)
                + "; remove one of these links (or the link between a sub-action and its parent).");
        this.cycle = List.copyOf(cycle);
    }

    /** The action ids along the cycle, the first repeated at the end, e.g. [a, b, c, a]. */
    public List<Long> cycle() {
        return cycle;
    }

    private static String describe(List<Long> cycle) {
        return cycle.stream().map(String::valueOf).collect(Collectors.joining(" → "));
    }
}
