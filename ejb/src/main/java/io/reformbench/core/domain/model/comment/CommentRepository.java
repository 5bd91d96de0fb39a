package io.reformbench.core.domain.model.comment;

import io.reformbench.core.domain.model.action.RoadmapAction;
import java.util.List;
import java.util.Optional;

/** Finds and stores the comments on actions. */
public interface CommentRepository {

    Optional<ActionComment> find(long id);

    /** An action's comments, oldest first. */
    List<ActionComment> findAll(RoadmapAction action);

    ActionComment store(ActionComment comment);

    void remove(ActionComment comment);
}
