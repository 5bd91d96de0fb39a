/** Sign-in for pages and API clients, page and action rules, and the web hardening around them. */
package io.reformbench.web.security;
