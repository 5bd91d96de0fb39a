package io.reformbench.web.rest;

import jakarta.annotation.security.RolesAllowed;
import io.reformbench.core.infrastructure.plugin.CheckReport;
import io.reformbench.core.infrastructure.plugin.PluginRefusedException;
import io.reformbench.web.plugin.PluginOperations;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/** Module teams' plugin operations: list, check, install, start, stop, upgrade and uninstall at runtime. */
@Path("plugins")
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    @Inject
    PluginOperations plugins;

    @GET
    public List<PluginDto> list() {
        return plugins.plugins().stream().map(PluginDto::of).toList();
    }

    @GET
    @Path("{id}")
    public PluginDto get(@PathParam("id") String id) {
        return PluginDto.of(plugins.plugin(id));
    }

    @RolesAllowed("module-team")
    @POST
    @Path("check")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public CheckDto check(@FormParam("file") EntityPart file) throws IOException {
        CheckReport report = plugins.check(new ByteArrayInputStream(Uploads.read(file)));
        return CheckDto.of(report);
    }

    @RolesAllowed("module-team")
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response install(@FormParam("file") EntityPart file, @Context UriInfo uri)
            throws IOException, PluginRefusedException {
        PluginDto installed = PluginDto.of(plugins.install(new ByteArrayInputStream(Uploads.read(file))));
        return Response.created(uri.getAbsolutePathBuilder().path(installed.id()).build()).entity(installed).build();
    }

    @RolesAllowed("module-team")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public PluginDto upgrade(@PathParam("id") String id, @QueryParam("force") boolean force,
            @FormParam("file") EntityPart file) throws IOException, PluginRefusedException {
        return PluginDto.of(plugins.upgrade(id, Uploads.read(file), force));
    }

    @RolesAllowed("module-team")
    @POST
    @Path("{id}/start")
    public PluginDto start(@PathParam("id") String id) throws PluginRefusedException {
        return PluginDto.of(plugins.start(id));
    }

    @RolesAllowed("module-team")
    @POST
    @Path("{id}/stop")
    public PluginDto stop(@PathParam("id") String id) throws PluginRefusedException {
        return PluginDto.of(plugins.stop(id));
    }

    @RolesAllowed("module-team")
    @DELETE
    @Path("{id}")
    public Response uninstall(@PathParam("id") String id) throws PluginRefusedException {
        plugins.uninstall(id);
        return Response.noContent().build();
    }
}
