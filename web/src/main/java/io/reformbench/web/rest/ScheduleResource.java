package io.reformbench.web.rest;

import jakarta.annotation.security.RolesAllowed;
import io.reformbench.core.application.ConfirmedMove;
import io.reformbench.core.application.MoveRequest;
import io.reformbench.core.application.RoadmapService;
import io.reformbench.core.application.ScheduleService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A plan's schedule, and moves: previewed without saving, then applied with every action they push. */
@Path("schedule")
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private static final String[] MOVE_FIELDS = {"item", "plannedStart", "plannedEnd"};
    private static final String[] APPLY_FIELDS = {"item", "plannedStart", "plannedEnd", "version", "moves"};
    private static final String[] CHANGE_FIELDS = {"id", "number", "version", "oldStart", "oldEnd", "newStart",
        "newEnd", "shiftDays"};

    @Inject
    ScheduleService schedules;

    @Inject
    RoadmapService roadmap;

    @GET
    public ScheduleDto schedule(@QueryParam("plan") String plan, @Context HttpHeaders headers) {
        return ScheduleDto.of(schedules.schedule(plan), Languages.of(headers));
    }

    @RolesAllowed("planner")
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public MoveDto preview(JsonValue body) {
        JsonRequest request = JsonRequest.of(body,
                "the move {\"item\": id, \"plannedStart\": \"…\", \"plannedEnd\": \"…\"}", MOVE_FIELDS);
        MoveRequest move = move(request);
        return MoveDto.of(move.item(), move.plannedStart(), move.plannedEnd(), schedules.preview(move));
    }

    @RolesAllowed("planner")
    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_JSON)
    public SavedDto apply(@HeaderParam("If-Match") String ifMatch, JsonValue body) {
        JsonRequest request = JsonRequest.of(body, "the previewed move with \"version\" and its \"moves\"",
                APPLY_FIELDS);
        long version = IfMatch.requiredVersion(ifMatch, body.asJsonObject());
        List<ConfirmedMove> confirmed = new ArrayList<>();
        List<JsonObject> moves = request.objects("moves");
        for (int i = 0; i < moves.size(); i++) {
            confirmed.add(confirmed(request.nested(moves.get(i), "moves[" + i + "]", CHANGE_FIELDS)));
        }
        MoveRequest move = move(request);
        return new SavedDto(schedules.apply(move, version, confirmed).stream()
                .map(action -> ActionDto.of(action, roadmap.customValues(action.id()))).toList());
    }

    private MoveRequest move(JsonRequest request) {
        Long item = request.number("item", null);
        LocalDate start = request.date("plannedStart");
        if (start == null && !request.has("plannedStart")) {
            request.problem("plannedStart", "Required: the new planned start (YYYY-MM-DD).");
        }
        LocalDate end = request.date("plannedEnd");
        request.done();
        if (!request.has("plannedEnd")) {
            end = roadmap.action(item).schedule().plannedEnd();
        }
        return new MoveRequest(item, start, end);
    }

    private static ConfirmedMove confirmed(JsonRequest change) {
        Long id = change.number("id", null);
        Long version = change.number("version", null);
        boolean datesGiven = change.has("newStart") || change.has("newEnd");
        LocalDate start = change.date("newStart");
        LocalDate end = change.date("newEnd");
        return new ConfirmedMove(id == null ? -1 : id, version == null ? -1 : version, datesGiven, start, end);
    }

    /** The actions a move saved, with their new versions, in ascending id order. */
    public record SavedDto(List<ActionDto> items) {
    }
}
