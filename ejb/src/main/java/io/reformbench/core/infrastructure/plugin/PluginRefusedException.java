package io.reformbench.core.infrastructure.plugin;

import java.util.List;
import java.util.stream.Collectors;

/** A plugin operation was refused and nothing changed; carries every reason found, not only the first. */
public class PluginRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Refusal> refusals;

    /**
     * @param subject what was refused, such as {@code install of fx-basic 1.0.0}
     * @param refusals every reason, at least one
     */
    public PluginRefusedException(String subject, List<Refusal> refusals) {
        super(message(subject, refusals));
        this.refusals = List.copyOf(refusals);
    }

    /** Every reason the operation was refused. */
    public List<Refusal> refusals() {
        return refusals;
    }

    /** Tells whether one of the reasons has this code. */
    public boolean hasReason(RefusalReason reason) {
        return refusals.stream().anyMatch(refusal -> refusal.reason() == reason);
    }

    private static String message(String subject, List<Refusal> refusals) {
        return "The " + subject + " was refused and nothing was changed: " + refusals.stream()
                .map(Refusal::toString).collect(Collectors.joining(" | "));
    }
}
