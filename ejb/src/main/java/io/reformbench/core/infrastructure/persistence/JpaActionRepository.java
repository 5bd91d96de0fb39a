package io.reformbench.core.infrastructure.persistence;

import io.reformbench.core.domain.model.action.ActionFilter;
import io.reformbench.core.domain.model.action.ActionRepository;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.plan.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Roadmap actions in the shared persistence unit, listed in report order. */
@ApplicationScoped
public class JpaActionRepository implements ActionRepository {

    @PersistenceContext(unitName = "reformbench")
    private EntityManager em;

    @Override
    public Optional<RoadmapAction> find(long id) {
        return Optional.ofNullable(em.find(RoadmapAction.class, id));
    }

    @Override
    public Optional<RoadmapAction> findLocked(long id) {
        return Optional.ofNullable(em.find(RoadmapAction.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<RoadmapAction> findAll(Plan plan, ActionFilter filter) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM RoadmapAction a WHERE a.plan = :plan");
        if (filter.areaKey() != null) {
            jpql.append(" AND a.area.key = :area");
        }
        if (filter.subAreaKey() != null) {
            jpql.append(" AND a.subArea.key = :subArea");
        }
        if (filter.status() != null) {
            jpql.append(" AND a.status = :status");
        }
        if (filter.text() != null) {
            jpql.append(" AND (LOWER(a.title.zh) LIKE :text ESCAPE '!' OR LOWER(a.title.en) LIKE :text ESCAPE '!'"
                    + " OR LOWER(a.responsible) LIKE :text ESCAPE '!' OR a.number = :number)");
        }
        jpql.append(" ORDER BY a.sortKey");
        TypedQuery<RoadmapAction> query = em.createQuery(jpql.toString(), RoadmapAction.class)
                .setParameter("plan", plan);
        bindFilter(query, filter);
        return query.setHint("eclipselink.batch", "a.area")
                .setHint("eclipselink.batch", "a.subArea")
                .setHint("eclipselink.batch", "a.parent")
                .getResultList();
    }

    private static void bindFilter(TypedQuery<RoadmapAction> query, ActionFilter filter) {
        if (filter.areaKey() != null) {
            query.setParameter("area", filter.areaKey());
        }
        if (filter.subAreaKey() != null) {
            query.setParameter("subArea", filter.subAreaKey());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.text() != null) {
            query.setParameter("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
            query.setParameter("number", filter.text().strip());
        }
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public Optional<RoadmapAction> findByNumber(Plan plan, String number) {
        return em.createQuery("SELECT a FROM RoadmapAction a WHERE a.plan = :plan AND a.number = :number",
                        RoadmapAction.class)
                .setParameter("plan", plan).setParameter("number", number)
                .getResultStream().findFirst();
    }

    @Override
    public long countSubActions(RoadmapAction parent) {
        return em.createQuery("SELECT COUNT(a) FROM RoadmapAction a WHERE a.parent = :parent", Long.class)
                .setParameter("parent", parent).getSingleResult();
    }

    @Override
    public RoadmapAction store(RoadmapAction action) {
        if (action.id() == null) {
            em.persist(action);
            return action;
        }
        return em.merge(action);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void remove(RoadmapAction action) {
        em.remove(em.contains(action) ? action : em.merge(action));
    }
}
