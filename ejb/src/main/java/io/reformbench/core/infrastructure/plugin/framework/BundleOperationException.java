package io.reformbench.core.infrastructure.plugin.framework;

import io.reformbench.core.infrastructure.plugin.Refusal;

/** A bundle could not be started, stopped, updated or refreshed; says why as a refusal. */
public class BundleOperationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    /** @param refusal why, for the caller's report */
    public BundleOperationException(Refusal refusal, Throwable cause) {
        super(refusal.message(), cause);
        this.refusal = refusal;
    }

    /** Why the operation failed. */
    public Refusal refusal() {
        return refusal;
    }
}
