package io.reformbench.web.rest;

import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.SchedulingService;
import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.model.dependency.DependencyType;
import jakarta.inject.Inject;
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

/** Links between actions: list, create (a cycle is refused with 422 naming it), delete. */
@Path("dependencies")
@Produces(MediaType.APPLICATION_JSON)
public class DependencyResource {

    @Inject
    SchedulingService scheduling;

    /** The body of a new link. */
    public record LinkRequest(Long from, Long to, String type, Integer lagDays) {
    }

    @GET
    public List<DependencyDto> list(@QueryParam("plan") String plan) {
        return scheduling.dependencies(plan).stream().map(DependencyDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(LinkRequest body, @Context UriInfo uri) {
        if (body == null || body.from() == null || body.to() == null) {
            throw new InvalidInputException("from", "Send {\"from\": <id>, \"to\": <id>, \"type\": \"FS|SS|FF|SF\", \"lagDays\": 0}.");
        }
        Dependency link = scheduling.link(body.from(), body.to(), type(body.type()), body.lagDays() == null ? 0 : body.lagDays());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(link.id())).build())
                .entity(DependencyDto.of(link)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        scheduling.unlink(id);
        return Response.noContent().build();
    }

    private static DependencyType type(String type) {
        if (type == null || type.isBlank()) {
            return DependencyType.FS;
        }
        try {
            return DependencyType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "Unknown link type '" + type + "'; it is one of "
                    + Arrays.toString(DependencyType.values()) + ".");
        }
    }
}
