package io.reformbench.core.infrastructure.persistence;

import io.reformbench.core.domain.model.baseline.Baseline;
import io.reformbench.core.domain.model.baseline.BaselineRepository;
import io.reformbench.core.domain.model.plan.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Baselines in the shared persistence unit. */
@ApplicationScoped
public class JpaBaselineRepository implements BaselineRepository {

    @PersistenceContext(unitName = "reformbench")
    private EntityManager em;

    @Override
    public Optional<Baseline> find(long id) {
        return Optional.ofNullable(em.find(Baseline.class, id));
    }

    @Override
    public List<Baseline> findAll(Plan plan) {
        return em.createQuery("SELECT b FROM Baseline b WHERE b.plan = :plan ORDER BY b.createdAt, b.id", Baseline.class)
                .setParameter("plan", plan).getResultList();
    }

    @Override
    public void store(Baseline baseline) {
        em.persist(baseline);
        em.flush();
    }
}
