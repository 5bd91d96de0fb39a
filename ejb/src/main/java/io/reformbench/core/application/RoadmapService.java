package io.reformbench.core.application;

import io.reformbench.core.domain.model.action.ActionFilter;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.audit.AuditEntry;
import io.reformbench.api.contribution.FieldValue;
import java.util.List;
import java.util.Map;

/** Reads and changes a plan's actions; every change is checked, versioned and audited in one transaction. */
public interface RoadmapService {

    List<RoadmapAction> actions(String planKey, ActionFilter filter);

    RoadmapAction action(long id);

    /** Creates an action; the edit must name at least the number and the area. */
    RoadmapAction create(String planKey, ActionEdit edit);

    /** Applies an edit if the action is still at {@code expectedVersion}; otherwise nothing is written. */
    RoadmapAction update(long id, long expectedVersion, ActionEdit edit);

    /**
     * Deletes an action (with a version check when one is given) and its links, each audited; refused while it has
     * sub-actions.
     */
    void delete(long id, Long expectedVersion);

    List<AuditEntry> history(long id);

    /** The values of the plugin-contributed fields of one action. */
    Map<String, FieldValue> customValues(long id);

    /** The values of the plugin-contributed fields of a plan's actions, by action id. */
    Map<Long, Map<String, FieldValue>> customValues(String planKey);
}
