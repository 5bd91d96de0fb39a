package io.reformbench.plugins.fundingcompact;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.LocalizedText;
import io.reformbench.api.contribution.ReportRequest;
import io.reformbench.api.extension.ConfigurationElement;
import io.reformbench.api.extension.Contribution;
import io.reformbench.api.extension.ExtensionPoint;
import io.reformbench.api.extension.ExtensionPointDescriptor;
import io.reformbench.api.extension.ExtensionRegistry;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.extension.Registration;
import io.reformbench.api.extension.RegistryListener;
import io.reformbench.api.plugin.PluginId;
import io.reformbench.api.service.ActionSnapshot;
import io.reformbench.api.service.ActionStatus;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingValidatorTest {

    private final FundingValidator validator = new FundingValidator(registryWith("joint-sdg-fund"));

    @Test
    void aContributionNeedsAPositiveAmount() {
        assertThat(codes(Map.of(FundingFields.CONTRIBUTION_TYPE, new FieldValue.Choice("core")))).containsExactly("AMOUNT_REQUIRED");
        assertThat(codes(Map.of(FundingFields.CONTRIBUTION_TYPE, new FieldValue.Choice("core"),
                FundingFields.AMOUNT, new FieldValue.Decimal(BigDecimal.ZERO)))).containsExactly("AMOUNT_NOT_POSITIVE");
        assertThat(codes(Map.of())).isEmpty();
    }

    @Test
    void anEarmarkedContributionNeedsAPurposeSomePluginOffers() {
        Map<String, FieldValue> earmarked = Map.of(FundingFields.CONTRIBUTION_TYPE, new FieldValue.Choice("earmarked"),
                FundingFields.AMOUNT, new FieldValue.Decimal(new BigDecimal("75000000")));
        assertThat(codes(earmarked)).containsExactly("EARMARK_MISSING");
        assertThat(codes(with(earmarked, "joint-evaluation"))).containsExactly("UNKNOWN_CONTRIBUTION_TYPE");
        assertThat(codes(with(earmarked, "joint-sdg-fund"))).isEmpty();
    }

    @Test
    void theReportListsContributionsAndTheirTotal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FundingSummaryReport().write(new ReportRequest("plan", "en", List.of(
                action(Map.of(FundingFields.CONTRIBUTION_TYPE, new FieldValue.Choice("core"),
                        FundingFields.AMOUNT, new FieldValue.Decimal(new BigDecimal("30000000")))))), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "number,contributionType,earmarkedFor,amountUsd\n35,core,,30000000\ntotal,,,30000000\n");
    }

    private List<String> codes(Map<String, FieldValue> values) {
        return validator.validate(action(values)).stream().map(Problem::code).toList();
    }

    private static Map<String, FieldValue> with(Map<String, FieldValue> values, String purpose) {
        HashMap<String, FieldValue> copy = new HashMap<>(values);
        copy.put(FundingFields.EARMARKED_FOR, new FieldValue.Text(purpose));
        return copy;
    }

    private static ActionSnapshot action(Map<String, FieldValue> values) {
        return new ActionSnapshot(35, "35", FundingFields.AREA, Optional.empty(), LocalizedText.of("zh", "捐款"),
                Optional.empty(), ActionSnapshot.Dates.NONE, ActionSnapshot.Dates.NONE, ActionStatus.IN_PROGRESS, 0, values);
    }

    private static ExtensionRegistry registryWith(String typeKey) {
        ConfigurationElement type = new ConfigurationElement("contributionType", Map.of("key", typeKey), "", List.of());
        return new ExtensionRegistry() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> List<Contribution<T>> contributions(ExtensionPoint<T> point) {
                return point.equals(FundingFields.CONTRIBUTION_TYPES)
                        ? List.of((Contribution<T>) new Contribution<>(PluginId.of("funding-compact"), point.id(), type))
                        : List.of();
            }

            @Override
            public List<ExtensionPointDescriptor> points() {
                return List.of();
            }

            @Override
            public Optional<ExtensionPointDescriptor> point(String id) {
                return Optional.empty();
            }

            @Override
            public List<Problem> problems() {
                return List.of();
            }

            @Override
            public Registration addListener(RegistryListener listener) {
                return () -> { };
            }
        };
    }
}
