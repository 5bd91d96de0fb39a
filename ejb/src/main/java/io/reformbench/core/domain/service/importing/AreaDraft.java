package io.reformbench.core.domain.service.importing;

import java.util.ArrayList;
import java.util.List;

/** A reform area being filled while the roadmap is read; it knows which sub-area new actions fall under. */
final class AreaDraft {

    private final int order;
    private final RoadmapLine.AreaHeading heading;
    private final List<ParsedSubArea> subAreas = new ArrayList<>();
    private final List<ParsedAction> actions = new ArrayList<>();

    AreaDraft(int order, RoadmapLine.AreaHeading heading) {
        this.order = order;
        this.heading = heading;
    }

    String heading() {
        return heading.heading();
    }

    void addSubArea(String subAreaHeading) {
        subAreas.add(new ParsedSubArea(subAreas.size() + 1, subAreaHeading));
    }

    /** The order of the latest sub-area heading, or null while the area has none. */
    Integer currentSubAreaOrder() {
        return subAreas.isEmpty() ? null : subAreas.size();
    }

    void addActions(List<ParsedAction> parsed) {
        actions.addAll(parsed);
    }

    ParsedArea finish(List<ImportProblem> problems) {
        if (actions.isEmpty()) {
            problems.add(new ImportProblem(heading.line(), heading.source(), "The area '" + heading.heading()
                    + "' lists no numbered actions; add its actions or remove the heading."));
        }
        return new ParsedArea(order, heading.heading(), subAreas, actions);
    }
}
