package io.reformbench.web.rest;

import io.reformbench.core.application.AccountService;
import io.reformbench.core.domain.model.account.Account;
import io.reformbench.core.domain.model.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Accounts for administrators: create, change roles and area limits, reset passwords, delete. */
@Path("accounts")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    AccountService accounts;

    @GET
    public List<AccountDto> list() {
        return accounts.accounts().stream().map(AccountDto::of).toList();
    }

    @GET
    @Path("{userName}")
    public Response get(@PathParam("userName") String userName) {
        Account account = accounts.account(userName);
        return Response.ok(AccountDto.of(account)).tag(new EntityTag(String.valueOf(account.version()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonValue body, @Context UriInfo uri) {
        JsonRequest request = JsonRequest.of(body, "an account", "userName", "password", "roles", "areas");
        String userName = request.text("userName");
        String password = request.text("password");
        Set<Role> roles = roles(request);
        Set<String> areas = new TreeSet<>(request.texts("areas", List.of()));
        if (userName == null) {
            request.problem("userName", "Required.");
        }
        if (password == null) {
            request.problem("password", "Required: a temporary password its owner changes at first sign-in.");
        }
        request.done();
        Account account = accounts.create(userName, password, roles, areas);
        return Response.created(uri.getAbsolutePathBuilder().path(account.userName()).build())
                .entity(AccountDto.of(account)).build();
    }

    @PUT
    @Path("{userName}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("userName") String userName, @HeaderParam("If-Match") String ifMatch,
            JsonValue body) {
        long version = IfMatch.requiredVersion(ifMatch, body instanceof JsonObject object ? object
                : JsonValue.EMPTY_JSON_OBJECT);
        Account current = accounts.account(userName);
        JsonRequest request = JsonRequest.of(body, "the account's roles, areas and enabled flag", "roles", "areas",
                "enabled", "version");
        Set<Role> roles = request.has("roles") ? roles(request) : current.roles();
        Set<String> areas = new TreeSet<>(request.texts("areas", List.copyOf(current.areas())));
        boolean enabled = request.flag("enabled", current.enabled());
        request.done();
        Account saved = accounts.update(userName, version, roles, areas, enabled);
        return Response.ok(AccountDto.of(saved)).tag(new EntityTag(String.valueOf(saved.version()))).build();
    }

    @POST
    @Path("{userName}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("userName") String userName, JsonValue body) {
        JsonRequest request = JsonRequest.of(body, "{\"password\":\"…\"}", "password");
        String password = request.text("password");
        if (password == null) {
            request.problem("password", "Required: a temporary password its owner changes at next sign-in.");
        }
        request.done();
        accounts.resetPassword(userName, password);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{userName}")
    public Response delete(@PathParam("userName") String userName) {
        accounts.delete(userName);
        return Response.noContent().build();
    }

    private static Set<Role> roles(JsonRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : request.texts("roles", List.of())) {
            Role.byName(name).ifPresentOrElse(roles::add, () -> request.problem("roles",
                    "Unknown role '" + name + "'; the roles are viewer, planner, module-team and admin."));
        }
        return roles;
    }
}
