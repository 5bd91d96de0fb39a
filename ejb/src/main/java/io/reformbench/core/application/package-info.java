/** Service interfaces of the core, with the exceptions and commands they speak in. */
package io.reformbench.core.application;
