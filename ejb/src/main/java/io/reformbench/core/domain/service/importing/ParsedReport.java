package io.reformbench.core.domain.service.importing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the importer read from one report: the roadmap it found and every problem it met on the way.
 *
 * @param title    the report's title
 * @param areas    the reform areas in report order
 * @param problems what could not be placed, in line order; empty for a clean report
 */
public record ParsedReport(String title, List<ParsedArea> areas, List<ImportProblem> problems) {

    public ParsedReport {
        Objects.requireNonNull(title, "title");
        areas = List.copyOf(areas);
        problems = List.copyOf(problems);
    }

    /** Every action and sub-action of every area, in report order. */
    public List<ParsedAction> actions() {
        return areas.stream().flatMap(area -> area.actions().stream()).toList();
    }

    /** The first action or sub-action with this number, e.g. {@code "23"} or {@code "11.2"}. */
    public Optional<ParsedAction> action(String number) {
        return actions().stream().filter(action -> action.number().equals(number)).findFirst();
    }

    /** Whether the report was read without any problem. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
