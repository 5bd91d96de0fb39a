/** The Gantt workbench: the reusable {@code <rb:gantt>} component and the page that hosts it. */
package io.reformbench.web.gantt;
