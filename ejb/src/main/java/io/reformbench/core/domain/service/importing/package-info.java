/** Reads a roadmap report's plain text into areas, sub-areas, actions and time frames, reporting what it cannot place. */
package io.reformbench.core.domain.service.importing;
