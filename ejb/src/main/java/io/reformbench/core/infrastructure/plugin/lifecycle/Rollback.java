package io.reformbench.core.infrastructure.plugin.lifecycle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The undo steps of an operation in progress, run newest first when a later step fails. */
final class Rollback {

    private static final Logger LOG = Logger.getLogger(Rollback.class.getName());

    /** One undo step. */
    @FunctionalInterface
    interface Step {
        void undo() throws Exception;
    }

    private final Deque<Step> steps = new ArrayDeque<>();

    /** Remembers how to undo the step just done. */
    void add(Step step) {
        steps.push(step);
    }

    /** Undoes every step done, newest first; a step that fails is logged and the others still run. */
    void undo() {
        while (!steps.isEmpty()) {
            try {
                steps.pop().undo();
            } catch (Exception e) {
                LOG.log(Level.SEVERE, "A rollback step failed; the next start of the plugin runtime reconciles what is left.", e);
            }
        }
    }
}
