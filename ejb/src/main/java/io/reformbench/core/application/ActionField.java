package io.reformbench.core.application;

/** The editable fields of an action, by the names the API and the audit trail use. */
public enum ActionField {
    NUMBER("number"),
    AREA("area"),
    SUB_AREA("subArea"),
    TITLE_ZH("title.zh"),
    TITLE_EN("title.en"),
    TIME_FRAME("timeFrame"),
    PLANNED_START("plannedStart"),
    PLANNED_END("plannedEnd"),
    ACTUAL_START("actualStart"),
    ACTUAL_END("actualEnd"),
    STATUS("status"),
    PROGRESS("progress"),
    RESPONSIBLE("responsible");

    private final String apiName;

    ActionField(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
