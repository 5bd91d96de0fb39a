package io.reformbench.web.rest;

import io.reformbench.core.application.BaselineService;
import io.reformbench.core.domain.model.baseline.Baseline;
import io.reformbench.core.domain.model.baseline.BaselineEntry;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Baselines of a plan: list, take one now, and the variance of today's plan against one. */
@Path("baselines")
@Produces(MediaType.APPLICATION_JSON)
public class BaselineResource {

    @Inject
    BaselineService baselines;

    /** The body of a new baseline. */
    public record NewBaseline(String name) {
    }

    /** Per action: the baseline's dates and how many days today's plan is later (positive) or earlier. */
    public record VarianceDto(long id, LocalDate baselineStart, LocalDate baselineEnd, Integer startVarianceDays,
            Integer finishVarianceDays) {
    }

    @GET
    public List<BaselineDto> list(@QueryParam("plan") String plan) {
        return baselines.baselines(plan).stream().map(BaselineDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@QueryParam("plan") String plan, NewBaseline body, @Context UriInfo uri) {
        Baseline created = baselines.create(plan, body == null ? null : body.name());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(BaselineDto.of(created)).build();
    }

    @GET
    @Path("{id}/variance")
    public List<VarianceDto> variance(@PathParam("id") long id) {
        Map<Long, BaselineEntry> entries = baselines.baseline(id).entries().stream()
                .collect(Collectors.toMap(BaselineEntry::actionId, Function.identity()));
        return baselines.variance(id).stream().map(v -> {
            BaselineEntry entry = entries.get(v.id());
            return new VarianceDto(v.id(), entry == null ? null : entry.plannedStart(),
                    entry == null ? null : entry.plannedEnd(), v.startVarianceDays(), v.finishVarianceDays());
        }).toList();
    }
}
