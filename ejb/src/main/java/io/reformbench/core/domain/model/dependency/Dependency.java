package io.reformbench.core.domain.model.dependency;

import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.plan.Plan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A link between two actions of one plan: the successor's dates follow the predecessor's by type and lag. */
@Entity
@Table(name = "action_dependency")
@NamedQuery(name = "Dependency.findByPlan", query = "SELECT d FROM Dependency d WHERE d.plan = :plan ORDER BY d.id")
@NamedQuery(name = "Dependency.findByEnds",
        query = "SELECT d FROM Dependency d WHERE d.fromId = :from AND d.toId = :to")
@NamedQuery(name = "Dependency.findTouching",
        query = "SELECT d FROM Dependency d WHERE d.fromId = :action OR d.toId = :action ORDER BY d.id")
public class Dependency {

    /** Largest lag or lead in days: ten years either way is far beyond any roadmap's links. */
    public static final int MAX_LAG_DAYS = 3650;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_action_id", nullable = false)
    private RoadmapAction from;

    @Column(name = "from_action_id", insertable = false, updatable = false)
    private Long fromId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_action_id", nullable = false)
    private RoadmapAction to;

    @Column(name = "to_action_id", insertable = false, updatable = false)
    private Long toId;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, length = 2)
    private DependencyType type;

    @Column(name = "lag_days", nullable = false)
    private int lagDays;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Dependency() {
        // for JPA
    }

    /** Links two saved actions of the same plan; the caller has checked that the link closes no cycle. */
    public Dependency(RoadmapAction from, RoadmapAction to, DependencyType type, int lagDays) {
        if (from.id() == null || to.id() == null || from.id().equals(to.id())) {
            throw new IllegalArgumentException("A link joins two different saved actions.");
        }
        if (!from.plan().id().equals(to.plan().id())) {
            throw new IllegalArgumentException("A link joins actions of one plan.");
        }
        if (Math.abs(lagDays) > MAX_LAG_DAYS) {
            throw new IllegalArgumentException("A lag is at most " + MAX_LAG_DAYS + " days either way.");
        }
        this.plan = from.plan();
        this.from = from;
        this.fromId = from.id();
        this.to = to;
        this.toId = to.id();
        this.type = type;
        this.lagDays = lagDays;
    }

    /** Gives the link another type and lag; the caller has checked both, and that the link closes no cycle. */
    public void change(DependencyType newType, int newLagDays) {
        if (newType == null || Math.abs(newLagDays) > MAX_LAG_DAYS) {
            throw new IllegalArgumentException("A link has a type and a lag of at most " + MAX_LAG_DAYS
                    + " days either way.");
        }
        this.type = newType;
        this.lagDays = newLagDays;
    }

    public Long id() { return id; }

    public Plan plan() { return plan; }

    public RoadmapAction from() { return from; }

    public long fromId() { return fromId; }

    public RoadmapAction to() { return to; }

    public long toId() { return toId; }

    public DependencyType type() { return type; }

    public int lagDays() { return lagDays; }

    public long version() { return version; }

    /** The link as planners read it, by action numbers: {@code 11 → 12 (FS, lag 0 days)}. */
    public String describe() {
        return from.number() + " → " + to.number() + " (" + type + ", lag " + lagDays + " days)";
    }
}
