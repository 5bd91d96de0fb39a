package io.reformbench.core.infrastructure.seed;

import io.reformbench.core.application.PlanService;
import io.reformbench.core.application.ReportImportService;
import io.reformbench.core.application.ReportImportService.ImportResult;
import io.reformbench.core.domain.service.importing.ReportTranslations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Imports the shipped demo report into an empty workbench, so a newcomer sees a real roadmap at once. */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "PluginRuntimeBean", "InitialAdministrator"})
public class DemoPlanSeeder {

    static final String DEMO_KEY = "unds-reform-2019";
    static final String DEMO_SOURCE = "000_83dc3fb23f19c7fe.txt";
    private static final Logger LOG = Logger.getLogger(DemoPlanSeeder.class.getName());

    @Inject
    PlanService plans;

    @Inject
    ReportImportService importer;

    @Inject
    @ConfigProperty(name = "reformbench.demo.enabled", defaultValue = "true")
    boolean enabled;

    @PostConstruct
    void seed() {
        if (!enabled || !plans.plans().isEmpty()) {
            return;
        }
        ImportResult result = importer.importReport(DEMO_KEY, resource("demo/" + DEMO_KEY + ".txt"), DEMO_SOURCE,
                translations());
        LOG.info(() -> "Imported the demo plan '" + DEMO_KEY + "': " + result.areas() + " areas, "
                + result.subAreas() + " sub-areas, " + result.actions() + " actions, "
                + result.problems().size() + " problems.");
    }

    private static String resource(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo report " + path, e);
        }
    }

    private static ReportTranslations translations() {
        try (Reader reader = new InputStreamReader(open("demo/" + DEMO_KEY + ".en.properties"), StandardCharsets.UTF_8)) {
            return ReportTranslations.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo translations", e);
        }
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = DemoPlanSeeder.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("The resource " + path + " is missing from the application.");
        }
        return in;
    }
}
