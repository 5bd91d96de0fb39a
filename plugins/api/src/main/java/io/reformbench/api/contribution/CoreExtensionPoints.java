package io.reformbench.api.contribution;

import io.reformbench.api.extension.ExtensionPoint;

/**
 * The extension points the core declares.
 *
 * @since 1.0
 */
public final class CoreExtensionPoints {

    /** Reform areas with their sub-areas and report headings, declared in {@code plugin.xml}. */
    public static final ExtensionPoint<ReformAreaDefinition> REFORM_AREAS =
            ExtensionPoint.declarative("core.reformAreas", ReformAreaDefinition.class);

    /** Custom fields on an area's actions, declared in {@code plugin.xml}. */
    public static final ExtensionPoint<ItemField> ITEM_FIELDS =
            ExtensionPoint.declarative("core.itemFields", ItemField.class);

    /** Facelets pages in the navigation, declared in {@code plugin.xml}. */
    public static final ExtensionPoint<ViewDefinition> VIEWS =
            ExtensionPoint.declarative("core.views", ViewDefinition.class);

    /** Validators, registered as Declarative Services components. */
    public static final ExtensionPoint<ItemValidator> ITEM_VALIDATORS =
            ExtensionPoint.executable("core.itemValidators", ItemValidator.class);

    /** Report builders, registered as Declarative Services components. */
    public static final ExtensionPoint<ReportBuilder> REPORTS =
            ExtensionPoint.executable("core.reports", ReportBuilder.class);

    private CoreExtensionPoints() {
    }
}
