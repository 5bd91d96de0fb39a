package io.reformbench.core.infrastructure.persistence;

import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.comment.ActionComment;
import io.reformbench.core.domain.model.comment.CommentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Comments on actions in the shared persistence unit. */
@ApplicationScoped
public class JpaCommentRepository implements CommentRepository {

    @PersistenceContext(unitName = "reformbench")
    private EntityManager em;

    @Override
    public Optional<ActionComment> find(long id) {
        return Optional.ofNullable(em.find(ActionComment.class, id));
    }

    @Override
    public List<ActionComment> findAll(RoadmapAction action) {
        return em.createNamedQuery("ActionComment.findByAction", ActionComment.class)
                .setParameter("action", action).getResultList();
    }

    @Override
    public ActionComment store(ActionComment comment) {
        if (comment.id() == null) {
            em.persist(comment);
        }
        return comment;
    }

    @Override
    public void remove(ActionComment comment) {
        em.remove(em.contains(comment) ? comment : em.merge(comment));
    }
}
