/** Reform areas and their sub-areas. */
package io.reformbench.core.domain.model.area;
