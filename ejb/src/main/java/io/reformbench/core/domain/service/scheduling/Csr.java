package io.reformbench.core.domain.service.scheduling;

import java.util.Arrays;

/** Builds compressed sparse row adjacency: one offset array plus flat value arrays, stable in input order. */
final class Csr {

    final int[] offsets;
    final int[] targets;
    final int[] codes;

    private Csr(int[] offsets, int[] targets, int[] codes) {
        this.offsets = offsets;
        this.targets = targets;
        this.codes = codes;
    }

    /**
     * Groups the entries by their key: entry {@code e} lands in row {@code keys[e]} with {@code targets[e]} and
     * {@code codes[e]} (codes may be null). Entries with a negative key are left out.
     */
    static Csr of(int rows, int[] keys, int[] targets, int[] codes, int count) {
        int[] offsets = new int[rows + 1];
        int kept = 0;
        for (int e = 0; e < count; e++) {
            if (keys[e] >= 0) {
                offsets[keys[e] + 1]++;
                kept++;
            }
        }
        for (int row = 0; row < rows; row++) {
            offsets[row + 1] += offsets[row];
        }
        int[] next = Arrays.copyOf(offsets, rows);
        int[] outTargets = new int[kept];
        int[] outCodes = codes == null ? null : new int[kept];
        for (int e = 0; e < count; e++) {
            if (keys[e] >= 0) {
                int at = next[keys[e]]++;
                outTargets[at] = targets[e];
                if (outCodes != null) {
                    outCodes[at] = codes[e];
                }
            }
        }
        return new Csr(offsets, outTargets, outCodes);
    }

    long estimatedBytes() {
        return 4L * (offsets.length + targets.length + (codes == null ? 0 : codes.length));
    }
}
