package io.reformbench.core.application.internal;

import io.reformbench.core.application.AccessGuard;
import io.reformbench.core.application.CommentService;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.UnknownActionException;
import io.reformbench.core.application.UnknownCommentException;
import io.reformbench.core.domain.model.action.ActionRepository;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.audit.AuditEntry;
import io.reformbench.core.domain.model.audit.AuditOperation;
import io.reformbench.core.domain.model.audit.AuditRepository;
import io.reformbench.core.domain.model.audit.AuditSubject;
import io.reformbench.core.domain.model.comment.ActionComment;
import io.reformbench.core.domain.model.comment.CommentRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The standard comment service. Adding and deleting a comment are written to the action's history (field
 * {@code comment}), which also moves the plan's revision, so open workbenches notice.
 */
@Stateless
public class DefaultCommentService implements CommentService {

    static final String COMMENT_FIELD = "comment";
    private static final int HISTORY_EXCERPT = 200;

    @Inject
    ActionRepository actions;

    @Inject
    CommentRepository comments;

    @Inject
    AuditRepository audit;

    @Inject
    ActionAuditor auditor;

    @Inject
    AccessGuard guard;

    @Override
    public List<ActionComment> comments(long actionId) {
        return comments.findAll(action(actionId));
    }

    @Override
    public ActionComment add(long actionId, String text) {
        RoadmapAction action = action(actionId);
        ArchivedActions.refuseChanges(action);
        checkText(text);
        ActionComment comment = comments.store(new ActionComment(action, auditor.userName(), auditor.now(), text));
        record(comment, AuditOperation.CREATE, null, excerpt(comment));
        return comment;
    }

    @Override
    public void delete(long actionId, long commentId) {
        RoadmapAction action = action(actionId);
        ActionComment comment = comments.find(commentId).filter(c -> c.action().id().equals(action.id()))
                .orElseThrow(() -> new UnknownCommentException(actionId, commentId));
        guard.requireOwnerOrAdmin(comment.author(), "Only " + comment.author() + ", who wrote comment " + commentId
                + ", or an administrator may delete it.");
        record(comment, AuditOperation.DELETE, excerpt(comment), null);
        comments.remove(comment);
    }

    @Override
    public boolean mayDelete(ActionComment comment) {
        return guard.isOwnerOrAdmin(comment.author());
    }

    private RoadmapAction action(long id) {
        return actions.find(id).orElseThrow(() -> new UnknownActionException(id));
    }

    private static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "Write the comment's text; it cannot be empty.");
        }
        if (text.length() > ActionComment.MAX_TEXT) {
            throw new InvalidInputException("text", "A comment has at most " + ActionComment.MAX_TEXT
                    + " characters, not " + text.length() + "; shorten it or split it in two.");
        }
    }

    private void record(ActionComment comment, AuditOperation operation, String from, String to) {
        audit.store(new AuditEntry(auditor.now(), auditor.userName(), operation,
                AuditSubject.action(comment.action().id()), COMMENT_FIELD, from, to));
    }

    /** The start of the text, so the history says which comment without repeating long ones whole. */
    private static String excerpt(ActionComment comment) {
        String text = comment.text().strip().replaceAll("\\s+", " ");
        return text.length() <= HISTORY_EXCERPT ? text : text.substring(0, HISTORY_EXCERPT - 1) + "…";
    }
}
