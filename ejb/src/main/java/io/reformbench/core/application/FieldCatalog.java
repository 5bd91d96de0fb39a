package io.reformbench.core.application;

import io.reformbench.api.contribution.ItemField;
import java.util.List;

/** The custom fields plugins contribute to an area's actions. */
public interface FieldCatalog {

    /** The fields of one area, in contribution order; empty when no plugin contributes any. */
    List<ItemField> fields(String areaKey);
}
