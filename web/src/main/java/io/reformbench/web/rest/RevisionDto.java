package io.reformbench.web.rest;

/** The workbench's change counter as seen for one plan: it moves whenever anything is saved. */
public record RevisionDto(String plan, long revision) {
}
