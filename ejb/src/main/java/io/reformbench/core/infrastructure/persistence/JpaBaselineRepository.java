package io.reformbench.core.infrastructure.persistence;

import io.reformbench.core.domain.model.baseline.Baseline;
import io.reformbench.core.domain.model.baseline.BaselineRepository;
import io.reformbench.core.domain.model.plan.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Baselines and their snapshots in the shared persistence unit; only ever inserted. */
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
        return em.createNamedQuery("Baseline.findByPlan", Baseline.class).setParameter("plan", plan)
                .setHint("eclipselink.batch", "b.entries")
                .getResultList();
    }

    @Override
    public Optional<Baseline> findByName(Plan plan, String name) {
        return em.createNamedQuery("Baseline.findByName", Baseline.class)
                .setParameter("plan", plan).setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public Baseline store(Baseline baseline) {
        if (baseline.id() != null) {
            throw new IllegalStateException("A baseline is never changed once stored.");
        }
        em.persist(baseline);
        return baseline;
    }
}
