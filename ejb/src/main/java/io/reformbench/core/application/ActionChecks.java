package io.reformbench.core.application;

import io.reformbench.api.extension.Problem;
import java.util.List;

/** The problems the plugins' validators find in an action, for the properties and problems views. */
public interface ActionChecks {

    /** Every problem the active validators report for the action; a failing validator is one more problem. */
    List<Problem> problems(long actionId);
}
