package io.reformbench.web.rest;

import jakarta.annotation.security.RolesAllowed;
import io.reformbench.core.application.ActionChecks;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.RoadmapService;
import io.reformbench.core.domain.model.action.ActionFilter;
import io.reformbench.core.domain.model.action.ActionStatus;
import io.reformbench.core.domain.model.action.RoadmapAction;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import io.reformbench.api.contribution.FieldValue;
import java.util.List;
import java.util.Map;

/** The roadmap's actions: list, read with an ETag, create, update under If-Match, delete, history. */
@Path("items")
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    @Inject
    RoadmapService roadmap;

    @Inject
    ActionChecks checks;

    @GET
    public List<ActionDto> list(@QueryParam("plan") String plan, @QueryParam("area") String area,
            @QueryParam("subArea") String subArea, @QueryParam("status") String status, @QueryParam("q") String q) {
        ActionFilter filter = new ActionFilter(blankToNull(area), blankToNull(subArea), status(status), blankToNull(q));
        List<RoadmapAction> actions = roadmap.actions(plan, filter);
        if (actions.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, FieldValue>> custom = roadmap.customValues(actions.get(0).plan().key());
        return actions.stream().map(action -> ActionDto.of(action, custom.getOrDefault(action.id(), Map.of()))).toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return withTag(Response.ok(), roadmap.action(id));
    }

    @RolesAllowed("planner")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@QueryParam("plan") String plan, JsonObject body, @Context UriInfo uri) {
        RoadmapAction created = roadmap.create(plan, ActionJsonReader.read(requireBody(body)));
        return withTag(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()),
                created);
    }

    @RolesAllowed("planner")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        long expected = IfMatch.requiredVersion(ifMatch, requireBody(body));
        return withTag(Response.ok(), roadmap.update(id, expected, ActionJsonReader.read(body)));
    }

    @RolesAllowed("planner")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        roadmap.delete(id, IfMatch.optionalVersion(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntryDto> history(@PathParam("id") long id) {
        return roadmap.history(id).stream().map(HistoryEntryDto::of).toList();
    }

    @GET
    @Path("{id}/problems")
    public List<PluginDto.ProblemDto> problems(@PathParam("id") long id) {
        return checks.problems(id).stream().map(PluginDto.ProblemDto::of).toList();
    }

    private Response withTag(Response.ResponseBuilder builder, RoadmapAction action) {
        return builder.entity(ActionDto.of(action, roadmap.customValues(action.id())))
                .tag(new EntityTag(String.valueOf(action.version()))).build();
    }

    private static JsonObject requireBody(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("body", "Send the action as a JSON object.");
        }
        return body;
    }

    private static ActionStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ActionStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "Unknown status '" + status + "'; it is one of "
                    + Arrays.toString(ActionStatus.values()) + ".");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
