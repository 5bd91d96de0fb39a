/**
 * Runs the plugin runtime inside the application: a startup singleton reads MicroProfile Config, starts the
 * runtime, deploys the built-in plugins shipped on the classpath and the drop-ins of the data directory.
 */
package io.reformbench.core.infrastructure.plugin.container;
