package io.reformbench.core.domain.service.scheduling;

import io.reformbench.core.domain.model.dependency.DependencyType;

/** Packs a link's type and lag into one int, so the adjacency arrays need no object per link. */
final class Links {

    /** Largest lag or lead in days a link may carry: about 730,000 years, far beyond any roadmap. */
    static final int MAX_LAG = (1 << 28) - 1;

    private static final DependencyType[] TYPES = DependencyType.values();

    private Links() {
    }

    static int code(DependencyType type, int lagDays) {
        if (lagDays > MAX_LAG || lagDays < -MAX_LAG) {
            throw new IllegalArgumentException("A lag of " + lagDays + " days is out of range; use at most "
                    + MAX_LAG + " days either way.");
        }
        return (lagDays << 2) | type.ordinal();
    }

    static int lag(int code) {
        return code >> 2;
    }

    static DependencyType type(int code) {
        return TYPES[code & 3];
    }

    /** FS and FF are driven by the predecessor's finish (ordinals 0 and 2). */
    static boolean fromFinish(int code) {
        return (code & 1) == 0;
    }

    /** FS and SS constrain the successor's start (ordinals 0 and 1). */
    static boolean toStart(int code) {
        return (code & 3) < 2;
    }
}
