package io.reformbench.core.domain.model.plan;

import io.reformbench.core.domain.model.shared.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** One roadmap in the workbench; every area and action belongs to exactly one plan. */
@Entity
@Table(name = "plan")
@NamedQuery(name = "Plan.findAll", query = "SELECT p FROM Plan p ORDER BY p.id")
@NamedQuery(name = "Plan.findByKey", query = "SELECT p FROM Plan p WHERE p.key = :key")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    @TableGenerator(name = "ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "reformbench", allocationSize = 50)
    private Long id;

    @Column(name = "plan_key", nullable = false, unique = true, length = 100)
    private String key;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "title_zh", length = 2000)),
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 2000))
    })
    private LocalizedText title;

    @Column(name = "source_name", length = 255)
    private String source;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Plan() {
        // for JPA
    }

    public Plan(String key, LocalizedText title, String source, LocalDateTime createdAt) {
        this.key = PlanKey.check(key);
        this.title = title;
        this.source = source;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public LocalizedText title() {
        return title;
    }

    public void retitle(LocalizedText newTitle) {
        this.title = newTitle;
    }

    public String source() {
        return source;
    }

    public void changeSource(String newSource) {
        this.source = newSource;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
