/** The user's language and the resource bundles. */
package io.reformbench.web.i18n;
