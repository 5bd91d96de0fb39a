package io.reformbench.core.infrastructure.persistence;

import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.model.plan.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Plans in the shared persistence unit. */
@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

    @PersistenceContext(unitName = "reformbench")
    private EntityManager em;

    @Override
    public List<Plan> findAll() {
        return em.createNamedQuery("Plan.findAll", Plan.class).getResultList();
    }

    @Override
    public Optional<Plan> find(String key) {
        return em.createNamedQuery("Plan.findByKey", Plan.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Override
    public Plan store(Plan plan) {
        if (plan.id() == null) {
            em.persist(plan);
            return plan;
        }
        return em.merge(plan);
    }

    @Override
    public Optional<Plan> lockPlanOf(long actionId) {
        return em.createQuery("SELECT p FROM Plan p, RoadmapAction a WHERE a.id = :id AND a.plan = p", Plan.class)
                .setParameter("id", actionId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public void lock(Plan plan) {
        em.lock(em.contains(plan) ? plan : em.merge(plan), LockModeType.PESSIMISTIC_WRITE);
    }
}
