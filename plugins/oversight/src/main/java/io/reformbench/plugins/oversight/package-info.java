/** The oversight area: its rule that finished oversight work says which kind of evaluation it was. */
package io.reformbench.plugins.oversight;
