/** The workbench's clock. */
package io.reformbench.core.infrastructure.time;
