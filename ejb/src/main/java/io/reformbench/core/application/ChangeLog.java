package io.reformbench.core.application;

/** Tells clients cheaply whether anything changed since they last looked, so open pages can refresh. */
public interface ChangeLog {

    /** A number that grows with every audited change in the workbench. */
    long revision();
}
