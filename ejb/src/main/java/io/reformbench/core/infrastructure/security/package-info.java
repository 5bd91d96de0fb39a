/** The caller's identity as the container knows it. */
package io.reformbench.core.infrastructure.security;
