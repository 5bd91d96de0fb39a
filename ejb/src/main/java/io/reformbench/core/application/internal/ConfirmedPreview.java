package io.reformbench.core.application.internal;

import io.reformbench.core.application.ActionMove;
import io.reformbench.core.application.ConfirmedMove;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.PreviewOutdatedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The preview a planner confirmed, held against what the move would do now: a move may only save what the planner
 * saw, so any action that would move differently makes the whole move refused.
 */
final class ConfirmedPreview {

    private final long movedId;
    private final Map<Long, ConfirmedMove> byId = new LinkedHashMap<>();

    ConfirmedPreview(long movedId, List<ConfirmedMove> confirmed) {
        this.movedId = movedId;
        for (ConfirmedMove move : confirmed) {
            if (byId.put(move.id(), move) != null) {
                throw new InvalidInputException("moves", "The action " + move.id() + " is listed twice.");
            }
        }
    }

    /** The ids of every listed action, the moved one included. */
    List<Long> ids() {
        List<Long> ids = new ArrayList<>(byId.keySet());
        if (!byId.containsKey(movedId)) {
            ids.add(movedId);
        }
        return ids;
    }

    /** The version the planner saw of a listed action, or null when it is not listed. */
    Long version(long id) {
        ConfirmedMove move = byId.get(id);
        return move == null ? null : move.version();
    }

    /** Throws {@link PreviewOutdatedException} listing every action that would now move otherwise than confirmed. */
    void check(List<ActionMove> now) {
        List<String> differences = new ArrayList<>();
        Map<Long, ActionMove> planned = new LinkedHashMap<>();
        now.forEach(move -> planned.put(move.id(), move));
        for (ActionMove move : now) {
            ConfirmedMove seen = byId.get(move.id());
            if (move.id() == movedId) {
                continue;
            }
            if (seen == null) {
                differences.add("action " + move.number() + " would now move too, to "
                        + span(move.newStart(), move.newEnd()));
            } else if (seen.datesGiven() && !(Objects.equals(seen.newStart(), move.newStart())
                    && Objects.equals(seen.newEnd(), move.newEnd()))) {
                differences.add("action " + move.number() + " would now move to " + span(move.newStart(), move.newEnd())
                        + ", not to " + span(seen.newStart(), seen.newEnd()));
            }
        }
        byId.keySet().stream().filter(id -> id != movedId && !planned.containsKey(id)).forEach(id ->
                differences.add("the action with id " + id + " would no longer move"));
        if (!differences.isEmpty()) {
            throw new PreviewOutdatedException(differences);
        }
    }

    private static String span(LocalDate start, LocalDate end) {
        return (start == null ? "…" : start.toString()) + " – " + (end == null ? "…" : end.toString());
    }
}
