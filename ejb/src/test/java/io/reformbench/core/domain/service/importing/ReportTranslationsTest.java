package io.reformbench.core.domain.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportTranslationsTest {

    private static ReportTranslations load(String text) throws IOException {
        return ReportTranslations.load(new StringReader(text));
    }

    @Test
    void looksUpEachKindOfText() throws IOException {
        ReportTranslations translations = load("title=Report\narea.1=Area one\nsubArea.1.2=Sub-area\n"
                + "action.11=Action eleven\naction.11.3=Sub-action\n");
        assertThat(translations.title()).contains("Report");
        assertThat(translations.area(1)).contains("Area one");
        assertThat(translations.subArea(1, 2)).contains("Sub-area");
        assertThat(translations.action("11")).contains("Action eleven");
        assertThat(translations.action("11.3")).contains("Sub-action");
    }

    @Test
    void givesNothingForMissingOrBlankKeys() throws IOException {
        ReportTranslations translations = load("area.1=   \n# action.2=commented out\n");
        assertThat(translations.title()).isEmpty();
        assertThat(translations.area(1)).isEmpty();
        assertThat(translations.subArea(2, 1)).isEmpty();
        assertThat(translations.action("2")).isEmpty();
        assertThat(translations.keys()).isEmpty();
    }

    @Test
    void readsNonLatinTextThroughTheReader() throws IOException {
        assertThat(load("title=供资契约 – 2019\n").title()).contains("供资契约 – 2019");
    }

    @Test
    void translatesEveryPartOfTheSeedReportAndNothingElse() throws IOException {
        ParsedReport report = Reports.parse(Reports.SEED);
        ReportTranslations english = load(Reports.text(Reports.SEED_ENGLISH));
        Set<String> expected = new HashSet<>(Set.of("title"));
        for (ParsedArea area : report.areas()) {
            expected.add("area." + area.order());
            area.subAreas().forEach(sub -> expected.add("subArea." + area.order() + "." + sub.order()));
            area.actions().forEach(action -> expected.add("action." + action.number()));
        }
        assertThat(english.keys()).containsExactlyInAnyOrderElementsOf(expected).hasSize(1 + 5 + 7 + 39);
        assertThat(report.actions()).allSatisfy(action -> assertThat(english.action(action.number())).isPresent());
        assertThat(english.area(1)).contains("Revitalized resident coordinator system");
        assertThat(english.action("11.1")).contains("A dedicated section in the field offices' monthly reports.");
        assertThat(report.actions()).extracting(action -> english.action(action.number()).orElseThrow())
                .noneMatch(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN));
    }
}
