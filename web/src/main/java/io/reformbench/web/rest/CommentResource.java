package io.reformbench.web.rest;

import io.reformbench.core.application.CommentService;
import io.reformbench.core.domain.model.comment.ActionComment;
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

/** The comments on one action: list (newest last), add, delete one's own. */
@Path("items/{id}/comments")
@RolesAllowed("viewer")
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {

    @Inject
    CommentService comments;

    @GET
    public List<CommentDto> list(@PathParam("id") long id) {
        return comments.comments(id).stream().map(this::dto).toList();
    }

    @RolesAllowed("planner")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") long id, JsonValue body, @Context UriInfo uri) {
        JsonRequest request = JsonRequest.of(body, "the comment {\"text\": \"…\"}", "text");
        String text = request.text("text");
        request.done();
        ActionComment comment = comments.add(id, text);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(comment.id())).build())
                .entity(dto(comment)).build();
    }

    /** Only the author or an administrator may delete a comment; anyone else is refused with 403. */
    @RolesAllowed("planner")
    @DELETE
    @Path("{commentId}")
    public Response delete(@PathParam("id") long id, @PathParam("commentId") long commentId) {
        comments.delete(id, commentId);
        return Response.noContent().build();
    }

    private CommentDto dto(ActionComment comment) {
        return CommentDto.of(comment, comments.mayDelete(comment));
    }
}
