/** Administration pages: accounts and the security log. */
package io.reformbench.web.admin;
