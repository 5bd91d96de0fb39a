package io.reformbench.web.rest;

import jakarta.annotation.security.RolesAllowed;
import io.reformbench.core.application.DependencyService;
import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.model.dependency.DependencyType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;

/** The links between a plan's actions: list, create and change (refusing cycles), delete. */
@Path("dependencies")
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class DependencyResource {

    @Inject
    DependencyService dependencies;

    @GET
    public List<DependencyDto> list(@QueryParam("plan") String plan) {
        return dependencies.dependencies(plan).stream().map(DependencyDto::of).toList();
    }

    @RolesAllowed("planner")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonValue body, @Context UriInfo uri) {
        JsonRequest request = JsonRequest.of(body,
                "the link {\"from\": id, \"to\": id, \"type\": \"FS\", \"lagDays\": 0}", "from", "to", "type", "lagDays");
        Long from = request.number("from", null);
        Long to = request.number("to", null);
        DependencyType type = type(request, DependencyType.FS);
        int lag = lag(request, 0);
        request.done();
        Dependency link = dependencies.link(from, to, type, lag);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(link.id())).build())
                .entity(DependencyDto.of(link)).build();
    }

    /** Changes a link's type or lag (what is left out stays); checked as a new link is. */
    @RolesAllowed("planner")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DependencyDto update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonValue body) {
        JsonRequest request = JsonRequest.of(body, "the change {\"type\": \"FS\", \"lagDays\": 0}", "type", "lagDays",
                "version");
        Dependency current = dependencies.dependency(id);
        DependencyType type = type(request, current.type());
        int lag = lag(request, current.lagDays());
        request.done();
        long version = IfMatch.requiredVersion(ifMatch, (JsonObject) body);
        return DependencyDto.of(dependencies.change(id, version, type, lag));
    }

    private static int lag(JsonRequest request, int fallback) {
        Long lag = request.number("lagDays", (long) fallback);
        if (lag != null && Math.abs(lag) > Dependency.MAX_LAG_DAYS) {
            request.problem("lagDays", "A lag is at most " + Dependency.MAX_LAG_DAYS
                    + " days either way (negative for a lead), not " + lag + ".");
            return fallback;
        }
        return lag == null ? fallback : Math.toIntExact(lag);
    }

    private static DependencyType type(JsonRequest request, DependencyType fallback) {
        String type = request.text("type");
        if (type == null) {
            return fallback;
        }
        try {
            return DependencyType.valueOf(type);
        } catch (IllegalArgumentException e) {
            request.problem("type", "Unknown link type '" + type + "'; it is one of "
                    + Arrays.toString(DependencyType.values()) + ".");
            return null;
        }
    }

    @GET
    @Path("{id}")
    public DependencyDto get(@PathParam("id") long id) {
        return DependencyDto.of(dependencies.dependency(id));
    }

    @RolesAllowed("planner")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        dependencies.unlink(id);
        return Response.noContent().build();
    }
}
