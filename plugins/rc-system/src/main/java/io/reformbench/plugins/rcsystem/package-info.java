/** The resident coordinator system area: its rule on meetings with resident coordinators. */
package io.reformbench.plugins.rcsystem;
