package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A link (or the stored links) would make actions wait for themselves; names the cycle by action numbers. */
@ApplicationException(rollback = true)
public class CyclicLinkException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    private final List<Long> ids;
    private final List<String> numbers;

    public CyclicLinkException(String message, List<Long> ids, List<String> numbers) {
        super("DEPENDENCY_CYCLE", message);
        this.ids = List.copyOf(ids);
        this.numbers = List.copyOf(numbers);
    }

    /** The action ids along the cycle, the first repeated at the end. */
    public List<Long> ids() {
        return ids;
    }

    /** The same cycle by action numbers, e.g. [11, 12, 11]. */
    public List<String> numbers() {
        return numbers;
    }

    /** The cycle as planners read it: {@code 11 → 12 → 11}. */
    public String path() {
        return String.join(" → ", numbers);
    }
}
