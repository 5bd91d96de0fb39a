/** Tests of the packaged area plugins and the sample plugin in the real plugin runtime. */
package io.reformbench.plugins.areas;
