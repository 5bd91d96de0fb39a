package io.reformbench.core.infrastructure.plugin.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import org.junit.jupiter.api.Test;

class DependencyCheckerTest {

    @Test
    void readsManifestHeadersWithQuotedCommas() {
        List<HeaderClause> clauses = HeaderClause.parse("a.b;version=\"[1.0,2)\";resolution:=optional,c.d");
        assertThat(clauses).hasSize(2);
        assertThat(clauses.get(0).attribute("version")).contains("[1.0,2)");
        assertThat(clauses.get(0).isOptional()).isTrue();
        assertThat(clauses.get(1).paths()).containsExactly("c.d");
    }

    @Test
    void namesTheWholeCycle() {
        BundleManifest a = manifest("a", "b");
        DependencyChecker checker = new DependencyChecker(a.capabilities(), Map.of("a", List.of("b"), "b", List.of("c"),
                "c", List.of("a")));
        assertThat(checker.check("a 1.0.0", "a", List.of())).singleElement().satisfies(refusal -> {
            assertThat(refusal.reason()).isEqualTo(RefusalReason.DEPENDENCY_CYCLE);
            assertThat(refusal.message()).contains("a → b → c → a");
        });
    }

    @Test
    void optionalRequirementsNeverRefuse() {
        Attributes main = attributes("a");
        main.putValue("Require-Bundle", "absent;resolution:=optional");
        BundleManifest manifest = BundleManifest.read(main);
        assertThat(new DependencyChecker(manifest.capabilities(), Map.of()).check("a", "a", manifest.requirements())).isEmpty();
    }

    @Test
    void aPackageTheBundleExportsItselfSatisfiesItsOwnImport() {
        Attributes main = attributes("a");
        main.putValue("Export-Package", "com.example.a;version=\"1.2.0\"");
        main.putValue("Import-Package", "com.example.a;version=\"[1.2,2)\"");
        BundleManifest manifest = BundleManifest.read(main);
        assertThat(new DependencyChecker(manifest.capabilities(), Map.of()).check("a", "a", manifest.requirements()))
                .extracting(Refusal::reason).doesNotContain(RefusalReason.MISSING_DEPENDENCY);
    }

    private static BundleManifest manifest(String id, String requires) {
        Attributes main = attributes(id);
        main.putValue("Require-Bundle", requires);
        return BundleManifest.read(main);
    }

    private static Attributes attributes(String id) {
        Attributes main = new Attributes();
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", id);
        main.putValue("Bundle-Version", "1.0.0");
        return main;
    }
}
