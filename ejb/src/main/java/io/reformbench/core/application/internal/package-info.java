/** EJB implementations of the core's services. */
package io.reformbench.core.application.internal;
