package io.reformbench.web.rest;

import jakarta.annotation.security.RolesAllowed;
import io.reformbench.core.application.ReportImportService;
import io.reformbench.core.application.ReportImportService.ImportResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Imports a report's roadmap table into a new or existing plan. */
@Path("import")
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    /** Larger reports are refused: the roadmap of a report fits in far less. */
    static final int MAX_REPORT_CHARS = 2_000_000;

    @Inject
    ReportImportService importer;

    @RolesAllowed("planner")
    @POST
    @Path("report")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response importReport(@QueryParam("plan") String plan, @QueryParam("source") String source, String text) {
        if (text != null && text.length() > MAX_REPORT_CHARS) {
            return Response.status(413).type(MediaType.APPLICATION_JSON)
                    .entity(new ErrorDto("too_large", "A report may have at most " + MAX_REPORT_CHARS
                            + " characters; this one has " + text.length() + ".", java.util.List.of()))
                    .build();
        }
        ImportResult result = importer.importReport(plan, text, source, null);
        return Response.status(result.planCreated() ? 201 : 200).entity(result).build();
    }
}
