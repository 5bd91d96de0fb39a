package io.reformbench.core.infrastructure.persistence;

import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.model.dependency.DependencyRepository;
import io.reformbench.core.domain.model.plan.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Links between actions in the shared persistence unit. */
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
        return em.createNamedQuery("Dependency.findByPlan", Dependency.class).setParameter("plan", plan)
                .setHint("eclipselink.batch", "d.from")
                .setHint("eclipselink.batch", "d.to")
                .getResultList();
    }

    @Override
    public List<Dependency> lockAll(Plan plan) {
        return em.createNamedQuery("Dependency.findByPlan", Dependency.class).setParameter("plan", plan)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public Optional<Dependency> find(RoadmapAction from, RoadmapAction to) {
        return em.createNamedQuery("Dependency.findByEnds", Dependency.class)
                .setParameter("from", from.id()).setParameter("to", to.id())
                .getResultStream().findFirst();
    }

    @Override
    public List<Dependency> findTouching(RoadmapAction action) {
        return em.createNamedQuery("Dependency.findTouching", Dependency.class).setParameter("action", action.id())
                .getResultList();
    }

    @Override
    public Dependency store(Dependency dependency) {
        if (dependency.id() == null) {
            em.persist(dependency);
            return dependency;
        }
        return em.merge(dependency);
    }

    @Override
    public void remove(Dependency dependency) {
        em.remove(em.contains(dependency) ? dependency : em.merge(dependency));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
