package io.reformbench.plugins.fundingcompact;

import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.extension.ConfigurationElement;
import io.reformbench.api.extension.ExtensionPoint;
import io.reformbench.api.service.ActionSnapshot;
import java.math.BigDecimal;
import java.util.Optional;

/** The funding compact's keys, its extension point, and typed reads of its fields on an action. */
final class FundingFields {

    static final String AREA = "funding-compact";
    static final String CONTRIBUTION_TYPE = "contributionType";
    static final String AMOUNT = "amount";
    static final String EARMARKED_FOR = "earmarkedFor";
    static final String EARMARKED = "earmarked";

    /** Kinds of earmarked contribution, contributed by any plugin as {@code <contributionType key="...">}. */
    static final ExtensionPoint<ConfigurationElement> CONTRIBUTION_TYPES = ExtensionPoint.elements("fundingCompact.contributionTypes");

    private FundingFields() {
    }

    static Optional<String> contributionType(ActionSnapshot action) {
        return action.value(CONTRIBUTION_TYPE).filter(FieldValue.Choice.class::isInstance)
                .map(value -> ((FieldValue.Choice) value).key());
    }

    static Optional<BigDecimal> amount(ActionSnapshot action) {
        return action.value(AMOUNT).filter(FieldValue.Decimal.class::isInstance)
                .map(value -> ((FieldValue.Decimal) value).value());
    }

    static Optional<String> earmarkedFor(ActionSnapshot action) {
        return action.value(EARMARKED_FOR).filter(FieldValue.Text.class::isInstance)
                .map(value -> ((FieldValue.Text) value).value().trim()).filter(text -> !text.isEmpty());
    }
}
