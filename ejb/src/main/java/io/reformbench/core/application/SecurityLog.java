package io.reformbench.core.application;

import io.reformbench.core.domain.model.account.SecurityEvent;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import java.util.List;

/** The security log: sign-ins, failures, throttling, refusals and account changes, kept whatever else fails. */
public interface SecurityLog {

    /** Records an event in its own transaction, so a refused or failed request still leaves its trace. */
    void record(SecurityEventKind kind, String userName, String address, String detail);

    /** The newest events first. */
    List<SecurityEvent> latest(int limit);
}
