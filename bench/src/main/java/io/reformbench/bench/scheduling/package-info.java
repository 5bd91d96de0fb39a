/** Benchmarks of the scheduling engine against a plain reference implementation, on seeded generated plans. */
package io.reformbench.bench.scheduling;
