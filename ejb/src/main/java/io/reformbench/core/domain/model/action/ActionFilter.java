package io.reformbench.core.domain.model.action;

/** Optional criteria for listing actions; a null field means "any". */
public record ActionFilter(String areaKey, String subAreaKey, ActionStatus status, String text) {

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null);
    }
}
