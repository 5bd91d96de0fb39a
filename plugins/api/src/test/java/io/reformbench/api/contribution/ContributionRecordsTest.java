package io.reformbench.api.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContributionRecordsTest {

    private static final LocalizedText LABEL = LocalizedText.zhEn("金额", "Amount");

    @Test
    void localizedTextFallsBackToEnglishThenToTheFirstLanguage() {
        assertThat(LABEL.in("zh")).isEqualTo("金额");
        assertThat(LABEL.in("ar")).isEqualTo("Amount");
        assertThat(LocalizedText.of("fr", "Montant").in("zh")).isEqualTo("Montant");
        assertThat(LABEL.languages()).containsExactly("zh", "en");
    }

    @Test
    void choiceFieldsNeedChoicesAndOthersTakeNone() {
        assertThatThrownBy(() -> new ItemField("funding-compact", "type", FieldType.CHOICE, LABEL, true,
                Optional.empty(), Optional.empty(), List.of())).hasMessageContaining("lists no choices");
        assertThatThrownBy(() -> new ItemField("funding-compact", "amount", FieldType.DECIMAL, LABEL, true,
                Optional.empty(), Optional.empty(), List.of(new FieldChoice("x", LABEL))))
                .hasMessageContaining("only CHOICE fields take them");
    }

    @Test
    void minMustNotExceedMax() {
        assertThatThrownBy(() -> new ItemField("funding-compact", "amount", FieldType.DECIMAL, LABEL, false,
                Optional.of(BigDecimal.TEN), Optional.of(BigDecimal.ONE), List.of()))
                .hasMessageContaining("min 10 above max 1");
    }

    @Test
    void areasClaimTheirHeadingsAndFindSubAreas() {
        SubAreaDefinition subArea = new SubAreaDefinition("engagement", 1, LABEL, List.of("加强与驻地协调员的接触"));
        ReformAreaDefinition area = new ReformAreaDefinition("rc-system", 1, "#1F77B4",
                new LocalizedText(Map.of("en", "Revitalized resident coordinator system")),
                List.of("重振活力的驻地协调员系统"), List.of(subArea));
        assertThat(area.claims("重振活力的驻地协调员系统")).isTrue();
        assertThat(area.claims("供资契约")).isFalse();
        assertThat(area.subArea("engagement")).contains(subArea);
    }

    @Test
    void fieldValuesKnowTheirType() {
        assertThat(new FieldValue.Decimal(BigDecimal.ONE).type()).isEqualTo(FieldType.DECIMAL);
        assertThat(new FieldValue.Choice("core").type()).isEqualTo(FieldType.CHOICE);
    }
}
