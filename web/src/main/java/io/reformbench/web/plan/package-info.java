/** The plan page: the roadmap as a tree table. */
package io.reformbench.web.plan;
