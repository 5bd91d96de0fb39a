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
import jakarta.persistence.Table;

/** A link between two actions of a plan: the successor waits for the predecessor as its type and lag say. */
@Entity
@Table(name = "dependency")
public class Dependency {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_action", nullable = false)
    private RoadmapAction from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_action", nullable = false)
    private RoadmapAction to;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", nullable = false, length = 2)
    private DependencyType type;

    @Column(name = "lag_days", nullable = false)
    private int lagDays;

    protected Dependency() {
        // for JPA
    }

    public Dependency(RoadmapAction from, RoadmapAction to, DependencyType type, int lagDays) {
        this.plan = from.plan();
        this.from = from;
        this.to = to;
        this.type = type;
        this.lagDays = lagDays;
    }

    public Long id() { return id; }

    public Plan plan() { return plan; }

    public RoadmapAction from() { return from; }

    public RoadmapAction to() { return to; }

    public DependencyType type() { return type; }

    public int lagDays() { return lagDays; }
}
