package io.reformbench.web.rest;

import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.SchedulingService;
import io.reformbench.web.rest.ScheduleDto.ShiftDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The plan's schedule, the preview of a move, and applying a previewed move in one transaction. */
@Path("schedule")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @Inject
    SchedulingService scheduling;

    /** A move: the action, its new planned dates (a null end: open-ended) and, to apply it, the version read. */
    public record MoveRequest(Long item, LocalDate plannedStart, LocalDate plannedEnd, Long version) {
    }

    /** What a move would push, without saving anything. */
    public record PreviewDto(long item, List<ShiftDto> moves) {
    }

    /** The actions a move saved, each with its new version. */
    public record AppliedDto(long item, List<ActionDto> items) {
    }

    @GET
    public ScheduleDto schedule(@QueryParam("plan") String plan, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return ScheduleDto.of(scheduling.schedule(plan), locale(lang, headers));
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreviewDto preview(MoveRequest move) {
        long item = require(move);
        return new PreviewDto(item, scheduling.preview(item, move.plannedStart(), move.plannedEnd()).stream()
                .map(ShiftDto::of).toList());
    }

    @POST
    @Path("apply")
    @Consumes(MediaType.APPLICATION_JSON)
    public AppliedDto apply(MoveRequest move) {
        long item = require(move);
        if (move.version() == null) {
            throw new InvalidInputException("version", "Send the version of the action you moved, as read.");
        }
        return new AppliedDto(item, scheduling.apply(item, move.version(), move.plannedStart(), move.plannedEnd()).stream()
                .map(ActionDto::of).toList());
    }

    private static long require(MoveRequest move) {
        if (move == null || move.item() == null || move.plannedStart() == null) {
            throw new InvalidInputException("item", "Send {\"item\": <id>, \"plannedStart\": \"2019-01-01\", \"plannedEnd\": …}.");
        }
        return move.item();
    }

    private static Locale locale(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return Locale.forLanguageTag(lang.strip());
        }
        List<Locale> accepted = headers.getAcceptableLanguages();
        return accepted.isEmpty() || "*".equals(accepted.get(0).getLanguage()) ? Locale.ENGLISH : accepted.get(0);
    }
}
