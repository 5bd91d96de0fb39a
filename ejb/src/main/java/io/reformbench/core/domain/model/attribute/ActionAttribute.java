package io.reformbench.core.domain.model.attribute;

import io.reformbench.api.contribution.FieldType;
import io.reformbench.core.domain.model.action.RoadmapAction;
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

/** The value of one plugin-contributed field on one action, kept as canonical text with its type. */
@Entity
@Table(name = "action_attribute")
public class ActionAttribute {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false)
    private RoadmapAction action;

    @Column(name = "field_key", nullable = false, length = 100)
    private String fieldKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 16)
    private FieldType type;

    @Column(name = "value_text", nullable = false, length = 2000)
    private String value;

    protected ActionAttribute() {
        // for JPA
    }

    public ActionAttribute(RoadmapAction action, String fieldKey, FieldType type, String value) {
        this.action = action;
        this.fieldKey = fieldKey;
        this.type = type;
        this.value = value;
    }

    public Long id() { return id; }

    public RoadmapAction action() { return action; }

    public String fieldKey() { return fieldKey; }

    public FieldType type() { return type; }

    public String value() { return value; }

    public void change(FieldType newType, String newValue) {
        this.type = newType;
        this.value = newValue;
    }
}
