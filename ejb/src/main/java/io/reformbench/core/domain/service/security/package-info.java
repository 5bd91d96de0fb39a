/** Plain-Java security rules: the password policy, login throttling and API token material. */
package io.reformbench.core.domain.service.security;
