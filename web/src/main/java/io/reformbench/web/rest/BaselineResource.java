package io.reformbench.web.rest;

import jakarta.annotation.security.RolesAllowed;
import io.reformbench.core.application.BaselineService;
import io.reformbench.core.domain.model.baseline.Baseline;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
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
import java.util.List;

/** A plan's baselines: list, take one, read one, and the variance of the plan against it. */
@Path("baselines")
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class BaselineResource {

    @Inject
    BaselineService baselines;

    @GET
    public List<BaselineDto> list(@QueryParam("plan") String plan) {
        return baselines.baselines(plan).stream().map(BaselineDto::of).toList();
    }

    @RolesAllowed("planner")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@QueryParam("plan") String plan, JsonValue body, @Context UriInfo uri) {
        JsonRequest request = JsonRequest.of(body, "the baseline {\"name\": \"…\"}", "name");
        String name = request.text("name");
        request.done();
        Baseline baseline = baselines.create(plan, name);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(baseline.id())).build())
                .entity(BaselineDto.of(baseline)).build();
    }

    @GET
    @Path("{id}")
    public BaselineDto get(@PathParam("id") long id) {
        return BaselineDto.of(baselines.baseline(id));
    }

    @GET
    @Path("{id}/variance")
    public VarianceDto variance(@PathParam("id") long id) {
        return new VarianceDto(BaselineDto.of(baselines.baseline(id)),
                baselines.variance(id).stream().map(VarianceDto.ActionVarianceDto::of).toList());
    }
}
