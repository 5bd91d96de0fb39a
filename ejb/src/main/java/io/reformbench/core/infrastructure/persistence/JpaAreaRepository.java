package io.reformbench.core.infrastructure.persistence;

import io.reformbench.core.domain.model.area.AreaRepository;
import io.reformbench.core.domain.model.area.ReformArea;
import io.reformbench.core.domain.model.plan.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reform areas and their sub-areas in the shared persistence unit. */
@ApplicationScoped
public class JpaAreaRepository implements AreaRepository {

    @PersistenceContext(unitName = "reformbench")
    private EntityManager em;

    @Override
    public List<ReformArea> findAll(Plan plan) {
        return em.createNamedQuery("ReformArea.findByPlan", ReformArea.class)
                .setParameter("plan", plan)
                .setHint("eclipselink.batch", "a.subAreas")
                .getResultList();
    }

    @Override
    public ReformArea store(ReformArea area) {
        if (area.id() == null) {
            em.persist(area);
            return area;
        }
        return em.merge(area);
    }
}
