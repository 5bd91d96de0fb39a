/**
 * What plugins contribute to the core's extension points ({@link io.reformbench.api.contribution.CoreExtensionPoints}):
 * reform areas, custom item fields, validators, views and reports.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package io.reformbench.api.contribution;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
