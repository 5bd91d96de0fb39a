package io.reformbench.core.application;

import io.reformbench.core.domain.model.comment.ActionComment;
import java.util.List;

/** Comments on actions: planners add them, their authors or an administrator delete them; both are audited. */
public interface CommentService {

    /**
     * An action's comments, oldest first (the newest last).
     *
     * @throws UnknownActionException when no action has this id
     */
    List<ActionComment> comments(long actionId);

    /**
     * Adds the caller's comment to an action.
     *
     * @throws UnknownActionException when no action has this id
     * @throws InvalidInputException  (field {@code text}) for a blank text or one over
     *                                {@value ActionComment#MAX_TEXT} characters
     */
    ActionComment add(long actionId, String text);

    /**
     * Deletes a comment.
     *
     * @throws UnknownActionException  when no action has this id
     * @throws UnknownCommentException when the action has no comment with this id
     * @throws AccessDeniedException   when the caller is neither its author nor an administrator
     */
    void delete(long actionId, long commentId);

    /** Whether the caller may delete the comment: they wrote it, or they are an administrator. */
    boolean mayDelete(ActionComment comment);
}
