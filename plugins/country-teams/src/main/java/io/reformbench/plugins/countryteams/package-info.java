/** The country teams area: its rule that finished programme work follows the Cooperation Framework. */
package io.reformbench.plugins.countryteams;
