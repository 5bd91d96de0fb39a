package io.reformbench.core.infrastructure.persistence;

import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.attribute.ActionAttribute;
import io.reformbench.core.domain.model.attribute.AttributeRepository;
import io.reformbench.core.domain.model.plan.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Custom field values in the shared persistence unit. */
@ApplicationScoped
public class JpaAttributeRepository implements AttributeRepository {

    @PersistenceContext(unitName = "reformbench")
    private EntityManager em;

    @Override
    public List<ActionAttribute> findAll(RoadmapAction action) {
        return em.createQuery("SELECT a FROM ActionAttribute a WHERE a.action = :action ORDER BY a.fieldKey",
                        ActionAttribute.class).setParameter("action", action)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    @Override
    public List<ActionAttribute> findAll(Plan plan) {
        return em.createQuery("SELECT a FROM ActionAttribute a WHERE a.action.plan = :plan ORDER BY a.fieldKey",
                ActionAttribute.class).setParameter("plan", plan).getResultList();
    }

    @Override
    public void store(ActionAttribute attribute) {
        if (attribute.id() == null) {
            em.persist(attribute);
        }
    }

    @Override
    public void remove(ActionAttribute attribute) {
        em.remove(em.contains(attribute) ? attribute : em.merge(attribute));
    }
}
