package io.reformbench.web.rest;

import io.reformbench.core.application.ActionMove;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A previewed move: the request and, per action that would move, its planned dates now and after; send the list
 * back with {@code POST /api/schedule/apply} to save exactly this.
 */
@JsonbPropertyOrder({"item", "plannedStart", "plannedEnd", "moves"})
public record MoveDto(long item, LocalDate plannedStart, LocalDate plannedEnd, List<ChangeDto> moves) {

    static MoveDto of(long item, LocalDate plannedStart, LocalDate plannedEnd, List<ActionMove> moves) {
        return new MoveDto(item, plannedStart, plannedEnd, moves.stream().map(ChangeDto::of).toList());
    }

    /** One action's planned dates before and after the move, with the version the move was previewed at. */
    @JsonbPropertyOrder({"id", "number", "version", "oldStart", "oldEnd", "newStart", "newEnd", "shiftDays"})
    public record ChangeDto(long id, String number, long version, LocalDate oldStart, LocalDate oldEnd,
            LocalDate newStart, LocalDate newEnd, Integer shiftDays) {

        static ChangeDto of(ActionMove move) {
            return new ChangeDto(move.id(), move.number(), move.version(), move.oldStart(), move.oldEnd(),
                    move.newStart(), move.newEnd(), move.shiftDays());
        }
    }
}
