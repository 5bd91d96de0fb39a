/** The demo plan imported into an empty workbench. */
package io.reformbench.core.infrastructure.seed;
