package io.reformbench.core.domain.model.dependency;

/**
 * How a link ties the dates of two roadmap actions; the scheduler and the stored dependencies share it.
 *
 * <p>Each type names the predecessor's date that drives (its start or its finish) and the successor's date that
 * is driven. The link's lag in days is added to the driving date; a negative lag is a lead.
 */
public enum DependencyType {

    /** Finish to start: the successor starts once the predecessor has finished, plus the lag. */
    FS(true, true),

    /** Start to start: the successor starts no earlier than the predecessor starts, plus the lag. */
    SS(false, true),

    /** Finish to finish: the successor finishes no earlier than the predecessor finishes, plus the lag. */
    FF(true, false),

    /** Start to finish: the successor finishes no earlier than the predecessor starts, plus the lag. */
    SF(false, false);

    private final boolean fromFinish;
    private final boolean toStart;

    DependencyType(boolean fromFinish, boolean toStart) {
        this.fromFinish = fromFinish;
        this.toStart = toStart;
    }

    /** Whether the predecessor's finish drives the link; otherwise its start does. */
    public boolean fromFinish() {
        return fromFinish;
    }

    /** Whether the link constrains the successor's start; otherwise it constrains the successor's finish. */
    public boolean toStart() {
        return toStart;
    }
}
