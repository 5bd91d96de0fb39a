package io.reformbench.web.rest;

import jakarta.annotation.security.RolesAllowed;
import io.reformbench.core.application.DependencyService;
import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.model.dependency.DependencyType;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** The links between a plan's actions: list, create (refusing cycles), delete. */
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
        DependencyType type = type(request);
        Long lag = request.number("lagDays", 0L);
        if (lag != null && Math.abs(lag) > Dependency.MAX_LAG_DAYS) {
            request.problem("lagDays", "A lag is at most " + Dependency.MAX_LAG_DAYS
                    + " days either way (negative for a lead), not " + lag + ".");
        }
        request.done();
        Dependency link = dependencies.link(from, to, type, Math.toIntExact(lag));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(link.id())).build())
                .entity(DependencyDto.of(link)).build();
    }

    private static DependencyType type(JsonRequest request) {
        String type = request.text("type");
        if (type == null) {
            return DependencyType.FS;
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
