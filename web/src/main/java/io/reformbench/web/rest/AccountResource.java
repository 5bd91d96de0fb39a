package io.reformbench.web.rest;

import io.reformbench.core.application.OwnAccountService;
import io.reformbench.core.application.OwnAccountService.IssuedToken;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The caller's own account: who they are, their password, their API tokens. */
@Path("account")
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    OwnAccountService account;

    @GET
    public AccountDto me() {
        return AccountDto.of(account.me());
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(JsonValue body) {
        JsonRequest request = JsonRequest.of(body, "{\"currentPassword\":\"…\",\"newPassword\":\"…\"}",
                "currentPassword", "newPassword");
        String current = request.text("currentPassword");
        String next = request.text("newPassword");
        if (current == null) {
            request.problem("currentPassword", "Required.");
        }
        if (next == null) {
            request.problem("newPassword", "Required.");
        }
        request.done();
        account.changePassword(current, next);
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    public List<TokenDto> tokens() {
        return account.tokens().stream().map(TokenDto::of).toList();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createToken(JsonValue body, @Context UriInfo uri) {
        JsonRequest request = JsonRequest.of(body, "{\"name\":\"…\"}", "name");
        String name = request.text("name");
        request.done();
        IssuedToken issued = account.createToken(name);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.token().id())).build())
                .entity(TokenDto.of(issued.token(), issued.secret())).build();
    }

    @DELETE
    @Path("tokens/{id}")
    public Response revokeToken(@PathParam("id") long id) {
        account.revokeToken(id);
        return Response.noContent().build();
    }
}
