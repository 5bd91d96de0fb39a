/**
 * The extension mechanism: typed {@link io.reformbench.api.extension.ExtensionPoint keys}, the
 * {@link io.reformbench.api.extension.Contribution contributions} plugins make to them, the
 * {@link io.reformbench.api.extension.ExtensionRegistry registry} that looks them up, and the
 * {@link io.reformbench.api.extension.Problem problems} it reports.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package io.reformbench.api.extension;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
