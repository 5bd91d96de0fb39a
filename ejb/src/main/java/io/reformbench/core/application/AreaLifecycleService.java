package io.reformbench.core.application;

import io.reformbench.core.application.AreaCatalog.ClaimedArea;
import java.util.List;
import java.util.Set;

/** Keeps every plan's areas in step with the area plugins as they come and go; data is archived, never deleted. */
public interface AreaLifecycleService {

    /**
     * Brings a plugin's areas into every plan: archived ones come back, plain areas with a matching report
     * heading are handed to the plugin, and missing ones are added at the end.
     */
    void restore(List<ClaimedArea> areas);

    /** Archives the areas with these keys in every plan, with their actions: visible, read-only, restorable. */
    void archive(String pluginId, Set<String> areaKeys);
}
