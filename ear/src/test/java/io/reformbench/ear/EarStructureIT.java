package io.reformbench.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the packaged EAR so its structure cannot rot while the WAR is what runs every day. */
class EarStructureIT {

    private static final Path EAR = Path.of("target", "reformbench.ear");
    private static List<String> entries;

    @BeforeAll
    static void readEar() throws IOException {
        assertThat(EAR).as("the EAR built by mvn package").isRegularFile();
        try (ZipFile zip = new ZipFile(EAR.toFile())) {
            entries = zip.stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void declaresTheEjbAndWebModulesWithTheLibraryDirectory() throws IOException {
        String application = new String(read(EAR, "META-INF/application.xml"), StandardCharsets.UTF_8);
        assertThat(application).contains("<ejb>reformbench-ejb.jar</ejb>", "<web-uri>reformbench-web.war</web-uri>",
                "<context-root>/</context-root>", "<library-directory>lib</library-directory>", "version=\"10\"");
        assertThat(entries).contains("reformbench-ejb.jar", "reformbench-web.war");
    }

    @Test
    void sharedLibrariesLiveInLibAndTheServerApiIsNotPackaged() {
        assertThat(entries).anyMatch(e -> e.matches("lib/.*flyway-core-.*\\.jar"))
                .anyMatch(e -> e.matches("lib/.*flyway-mysql-.*\\.jar"))
                .anyMatch(e -> e.matches("lib/.*mysql-connector-j-.*\\.jar"))
                .anyMatch(e -> e.matches("lib/.*reformbench-plugin-api-.*\\.jar"))
                .noneMatch(e -> e.contains("jakartaee-api") || e.contains("microprofile"));
    }

    @Test
    void theWebModuleIsSkinnyButKeepsItsFacesLibrary() throws IOException {
        List<String> war = list(read(EAR, "reformbench-web.war"));
        assertThat(war).contains("WEB-INF/web.xml", "WEB-INF/faces-config.xml", "index.xhtml")
                .anyMatch(e -> e.matches("WEB-INF/lib/primefaces-.*-jakarta\\.jar"))
                .noneMatch(e -> e.contains("reformbench-ejb") || e.contains("flyway") || e.contains("mysql"));
    }

    @Test
    void theEjbModuleCarriesThePersistenceUnitAndMigrations() throws IOException {
        List<String> ejb = list(read(EAR, "reformbench-ejb.jar"));
        assertThat(ejb).contains("META-INF/persistence.xml", "META-INF/microprofile-config.properties",
                "db/migration/V1__roadmap.sql", "demo/unds-reform-2019.txt");
    }

    private static byte[] read(Path zipPath, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(zipPath.toFile()); InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            return in.readAllBytes();
        }
    }

    private static List<String> list(byte[] archive) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    @Test
    void theEarIsSmallBecauseTheServerProvidesThePlatform() throws IOException {
        assertThat(Files.size(EAR)).isLessThan(30L * 1024 * 1024);
    }
}
