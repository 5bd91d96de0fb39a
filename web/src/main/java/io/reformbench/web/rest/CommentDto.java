package io.reformbench.web.rest;

import io.reformbench.core.domain.model.comment.ActionComment;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.ZoneOffset;

/** A comment on an action; {@code mayDelete} tells the caller whether they may delete it (theirs, or as admin). */
@JsonbPropertyOrder({"id", "item", "author", "createdAt", "text", "mayDelete"})
public record CommentDto(long id, long item, String author, String createdAt, String text, boolean mayDelete) {

    static CommentDto of(ActionComment comment, boolean mayDelete) {
        return new CommentDto(comment.id(), comment.action().id(), comment.author(),
                comment.createdAt().toInstant(ZoneOffset.UTC).toString(), comment.text(), mayDelete);
    }
}
