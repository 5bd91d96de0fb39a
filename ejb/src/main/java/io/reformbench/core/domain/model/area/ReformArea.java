package io.reformbench.core.domain.model.area;

import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.model.shared.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A reform area of one plan: a section of the report, claimed by a plugin or kept as a plain area. */
@Entity
@Table(name = "reform_area")
@NamedQuery(name = "ReformArea.findByPlan",
        query = "SELECT a FROM ReformArea a WHERE a.plan = :plan ORDER BY a.sortOrder")
public class ReformArea {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(name = "area_key", nullable = false, length = 100)
    private String key;

    @Column(name = "plugin_id", length = 100)
    private String pluginId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "name_zh", length = 2000)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 2000))
    })
    private LocalizedText name;

    @Column(name = "heading", length = 500)
    private String heading;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<SubArea> subAreas = new ArrayList<>();

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReformArea() {
        // for JPA
    }

    public ReformArea(Plan plan, String key, int position, LocalizedText name, String heading) {
        this.plan = plan;
        this.key = key;
        this.sortOrder = position;
        this.name = name;
        this.heading = heading;
    }

    public Long id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public String key() {
        return key;
    }

    public Optional<String> pluginId() {
        return Optional.ofNullable(pluginId);
    }

    /** Records that a plugin contributes this area, so its fields and validators apply. */
    public void claimBy(String plugin) {
        this.pluginId = plugin;
    }

    /** Hands a plain area to the plugin that declares its heading, taking the plugin's key. */
    public void claimBy(String plugin, String pluginAreaKey) {
        this.pluginId = plugin;
        this.key = pluginAreaKey;
    }

    public boolean archived() {
        return archived;
    }

    /** Archived areas stay visible but read-only, until their plugin returns. */
    public void archive(boolean archive) {
        this.archived = archive;
    }

    public int position() {
        return sortOrder;
    }

    public LocalizedText name() {
        return name;
    }

    public String heading() {
        return heading;
    }

    public void describe(int newPosition, LocalizedText newName, String newHeading) {
        this.sortOrder = newPosition;
        this.name = newName;
        this.heading = newHeading;
    }

    public List<SubArea> subAreas() {
        return Collections.unmodifiableList(subAreas);
    }

    public Optional<SubArea> subArea(String subAreaKey) {
        return subAreas.stream().filter(sub -> sub.key().equals(subAreaKey)).findFirst();
    }

    public SubArea addSubArea(String subAreaKey, int subPosition, LocalizedText subName, String subHeading) {
        SubArea sub = new SubArea(this, subAreaKey, subPosition, subName, subHeading);
        subAreas.add(sub);
        return sub;
    }
}
