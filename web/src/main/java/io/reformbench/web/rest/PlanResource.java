package io.reformbench.web.rest;

import jakarta.annotation.security.RolesAllowed;
import io.reformbench.core.application.ChangeLog;
import io.reformbench.core.application.PlanService;
import io.reformbench.core.application.FieldCatalog;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The plans of the workbench and their reform areas. */
@Path("")
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    ChangeLog changeLog;

    @Inject
    Instance<FieldCatalog> fieldCatalog;

    @GET
    @Path("plans")
    public List<PlanDto> plans() {
        return plans.plans().stream().map(PlanDto::of).toList();
    }

    /** A cheap question open pages ask every few seconds: has anything changed since the revision they saw? */
    @GET
    @Path("plans/{key}/revision")
    public RevisionDto revision(@PathParam("key") String key) {
        return new RevisionDto(plans.plan(key).key(), changeLog.revision());
    }

    @GET
    @Path("areas")
    public List<AreaDto> areas(@QueryParam("plan") String plan) {
        return plans.areas(plan).stream()
                .map(area -> AreaDto.of(area, fieldCatalog.isResolvable() ? fieldCatalog.get().fields(area.key()) : List.of()))
                .toList();
    }
}
