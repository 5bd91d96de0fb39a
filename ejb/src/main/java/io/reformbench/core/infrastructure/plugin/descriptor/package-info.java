/**
 * Reading {@code plugin.xml} safely: no DTDs, no external entities, validated against the schema the API ships,
 * into a generic element tree the registry turns into typed contributions.
 */
package io.reformbench.core.infrastructure.plugin.descriptor;
