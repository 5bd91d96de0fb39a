package io.reformbench.core.domain.service.importing;

import java.util.Objects;

/**
 * A sub-area heading inside a reform area, such as {@code 加强与驻地协调员的接触}.
 *
 * @param order   1-based position within its area
 * @param heading the heading as written in the report
 */
public record ParsedSubArea(int order, String heading) {

    public ParsedSubArea {
        Objects.requireNonNull(heading, "heading");
    }
}
