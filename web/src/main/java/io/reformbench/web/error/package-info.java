/** The error page every failed request ends on. */
package io.reformbench.web.error;
