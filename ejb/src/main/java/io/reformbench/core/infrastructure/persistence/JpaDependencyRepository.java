package io.reformbench.core.infrastructure.persistence;

import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.model.dependency.DependencyRepository;
import io.reformbench.core.domain.model.plan.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The links between actions in the shared persistence unit. */
@ApplicationScoped
public class JpaDependencyRepository implements DependencyRepository {

    @PersistenceContext(unitName = "reformbench")
    private EntityManager em;

    @Override
    public Optional<Dependency> find(long id) {
        return Optional.ofNullable(em.find(Dependency.class, id));
    }

    @Override
    public List<Dependency> findAll(Plan plan) {
        return em.createQuery("SELECT d FROM Dependency d JOIN FETCH d.from JOIN FETCH d.to WHERE d.plan = :plan"
                + " ORDER BY d.id", Dependency.class).setParameter("plan", plan).getResultList();
    }

    @Override
    public Optional<Dependency> findBetween(long fromId, long toId) {
        return em.createQuery("SELECT d FROM Dependency d WHERE d.from.id = :from AND d.to.id = :to", Dependency.class)
                .setParameter("from", fromId).setParameter("to", toId).getResultStream().findFirst();
    }

    @Override
    public void store(Dependency dependency) {
        em.persist(dependency);
        em.flush();
    }

    @Override
    public void remove(Dependency dependency) {
        em.remove(em.contains(dependency) ? dependency : em.merge(dependency));
    }
}
