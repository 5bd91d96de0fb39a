/**
 * Services the core offers plugins as OSGi services: read-only views of roadmap actions
 * ({@link io.reformbench.api.service.ActionSnapshot}) and the custom values plugins keep on them
 * ({@link io.reformbench.api.service.ActionAttributes}). Plugins keep data only through these, never through
 * entities of their own.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package io.reformbench.api.service;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
