package io.reformbench.core.domain.model.baseline;

import io.reformbench.core.domain.model.plan.Plan;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A named snapshot of every action's planned dates, to measure later plans against. */
@Entity
@Table(name = "baseline")
public class Baseline {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "baseline_entry", joinColumns = @JoinColumn(name = "baseline_id"))
    private List<BaselineEntry> entries = new ArrayList<>();

    protected Baseline() {
        // for JPA
    }

    public Baseline(Plan plan, String name, LocalDateTime createdAt, String createdBy, List<BaselineEntry> entries) {
        this.plan = plan;
        this.name = name;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.entries = new ArrayList<>(entries);
    }

    public Long id() { return id; }

    public Plan plan() { return plan; }

    public String name() { return name; }

    public LocalDateTime createdAt() { return createdAt; }

    public String createdBy() { return createdBy; }

    public List<BaselineEntry> entries() { return List.copyOf(entries); }
}
