/** Accounts, their roles and area limits, personal API tokens and the security log. */
package io.reformbench.core.domain.model.account;
