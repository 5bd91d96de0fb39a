/** The signed-in user's own account: their password and their API tokens. */
package io.reformbench.web.account;
