/** The regional approach area: its rule that work under way names the region it serves. */
package io.reformbench.plugins.regional;
