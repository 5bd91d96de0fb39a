package io.reformbench.core.domain.model.area;

import io.reformbench.core.domain.model.shared.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A sub-heading inside a reform area that groups some of its actions. */
@Entity
@Table(name = "sub_area")
public class SubArea {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private ReformArea area;

    @Column(name = "sub_area_key", nullable = false, length = 100)
    private String key;

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

    protected SubArea() {
        // for JPA
    }

    SubArea(ReformArea area, String key, int position, LocalizedText name, String heading) {
        this.area = area;
        this.key = key;
        this.sortOrder = position;
        this.name = name;
        this.heading = heading;
    }

    public Long id() {
        return id;
    }

    public ReformArea area() {
        return area;
    }

    public String key() {
        return key;
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
}
