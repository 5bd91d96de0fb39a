/**
 * The embedded Apache Felix framework with Declarative Services, and the bundle operations the runtime runs on a
 * worker thread with a time limit so a plugin that hangs cannot hang the workbench.
 */
package io.reformbench.core.infrastructure.plugin.framework;
