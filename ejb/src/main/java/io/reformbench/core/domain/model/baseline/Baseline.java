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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A named snapshot of a plan's planned dates, kept unchanged so later moves can be measured against it. */
@Entity
@Table(name = "baseline")
@NamedQuery(name = "Baseline.findByPlan",
        query = "SELECT b FROM Baseline b WHERE b.plan = :plan ORDER BY b.createdAt, b.id")
@NamedQuery(name = "Baseline.findByName",
        query = "SELECT b FROM Baseline b WHERE b.plan = :plan AND LOWER(b.name) = LOWER(:name)")
public class Baseline {

    /** Longest name a baseline may have. */
    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Column(name = "name", nullable = false, length = MAX_NAME, updatable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "baseline_entry", joinColumns = @JoinColumn(name = "baseline_id"))
    @OrderBy("actionId")
    private List<BaselineEntry> entries = new ArrayList<>();

    protected Baseline() {
        // for JPA
    }

    public Baseline(Plan plan, String name, LocalDateTime createdAt, String createdBy, List<BaselineEntry> entries) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("A baseline needs a name of 1 to " + MAX_NAME + " characters.");
        }
        this.plan = plan;
        this.name = name.strip();
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
        this.createdBy = createdBy;
        this.entries = new ArrayList<>(entries);
    }

    public Long id() { return id; }

    public Plan plan() { return plan; }

    public String name() { return name; }

    public LocalDateTime createdAt() { return createdAt; }

    public String createdBy() { return createdBy; }

    /** The snapshot, one entry per action that existed when the baseline was taken, by action id. */
    public List<BaselineEntry> entries() {
        return Collections.unmodifiableList(entries);
    }
}
