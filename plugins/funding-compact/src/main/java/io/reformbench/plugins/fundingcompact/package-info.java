/** The funding compact area: contribution rules, the earmarked contribution types other plugins extend, a report. */
package io.reformbench.plugins.fundingcompact;
