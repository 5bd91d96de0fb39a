package io.reformbench.core.infrastructure.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.core.infrastructure.plugin.fixtures.HangingActivator;
import io.reformbench.core.infrastructure.plugin.fixtures.ThrowingActivator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per reason a plugin is refused; each checks the reason and that nothing changed. */
class PluginRefusalTest {

    private static final ArchiveLimits LIMITS = new ArchiveLimits(64 * 1024, 500, 100L << 20, 100);

    @TempDir
    Path directory;
    private RuntimeHarness harness;
    private RuntimeHarness.State before;

    @BeforeEach
    void start() throws Exception {
        harness = RuntimeHarness.start(directory, config -> config.withLimits(LIMITS), Optional.empty());
        harness.install(PluginLifecycleTest.basic("1.0.0", "amount").signed());
        before = harness.state();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void notAJar() {
        assertRefused("just some text".getBytes(StandardCharsets.UTF_8), RefusalReason.NOT_A_JAR, "not a jar");
    }

    @Test
    void emptyFile() {
        assertRefused(new byte[0], RefusalReason.EMPTY, "empty");
    }

    @Test
    void oversizeFile() {
        byte[] noise = new byte[100 * 1024];
        new Random(7).nextBytes(noise);
        assertRefused(good("fx-big").entry("noise.bin", noise).signed(), RefusalReason.TOO_LARGE, String.valueOf(LIMITS.maxBytes()));
    }

    @Test
    void zipBomb() {
        assertRefused(good("fx-bomb").entry("zeros.bin", new byte[4 << 20]).signed(), RefusalReason.ZIP_BOMB, "zeros.bin");
    }

    @Test
    void zipSlipEntry() {
        assertRefused(good("fx-slip").text("../../outside.txt", "escape").signed(), RefusalReason.UNSAFE_PATH, "../../outside.txt");
    }

    @Test
    void unsignedPlugin() {
        assertRefused(good("fx-unsigned").unsigned(), RefusalReason.UNSIGNED, "not signed");
    }

    @Test
    void pluginSignedByAnUntrustedKey() {
        assertRefused(TestKeys.signUntrusted(good("fx-stranger").unsigned()), RefusalReason.UNTRUSTED_SIGNER, "CN=Stranger");
    }

    @Test
    void oneEntryAddedAfterSigning() {
        byte[] jar = rewrite(good("fx-extra").signed(), entries -> entries.put("extra.txt", "sneaked in".getBytes()));
        assertRefused(jar, RefusalReason.PARTIALLY_SIGNED, "extra.txt");
    }

    @Test
    void oneEntryTamperedAfterSigning() {
        byte[] jar = rewrite(good("fx-tampered").signed(), entries -> entries.put("plugin.xml",
                ("<plugin " + FixtureJar.NAMESPACE + "><name lang='en'>Changed</name></plugin>").getBytes()));
        assertRefused(jar, RefusalReason.TAMPERED, "plugin.xml");
    }

    @Test
    void invalidPluginXml() {
        byte[] jar = good("fx-invalid").pluginXml("""
                <extension point='core.reformAreas'>
                  <reformArea key='fx-invalid' order='1' colour='blue'><name lang='en'>X</name><heading>X</heading></reformArea>
                </extension>""").signed();
        assertRefused(jar, RefusalReason.INVALID_DESCRIPTOR, "blue");
    }

    @Test
    void pluginXmlWithAnExternalEntity() {
        byte[] jar = good("fx-xxe").text("plugin.xml", "<?xml version='1.0'?><!DOCTYPE plugin [<!ENTITY secret SYSTEM "
                + "'file:///etc/passwd'>]><plugin " + FixtureJar.NAMESPACE + "><name lang='en'>&secret;</name></plugin>").signed();
        assertRefused(jar, RefusalReason.INVALID_DESCRIPTOR, "DOCTYPE");
    }

    @Test
    void missingPluginXml() {
        assertRefused(good("fx-nodescriptor").without("plugin.xml").signed(), RefusalReason.MISSING_DESCRIPTOR, "plugin.xml");
    }

    @Test
    void duplicateId() {
        assertRefused(PluginLifecycleTest.basic("1.1.0", "amount").signed(), RefusalReason.DUPLICATE_ID, "upgrade it instead");
    }

    @Test
    void everyMissingRequirementIsNamedInOneMessage() {
        byte[] jar = good("fx-needy")
                .header("Require-Bundle", "fx-absent;bundle-version=\"[1.0,2.0)\",fx-basic;bundle-version=\"[2.0,3.0)\"")
                .importing("com.example.absent;version=\"[1.0,2)\"").signed();
        PluginRefusedException refused = assertRefused(jar, RefusalReason.MISSING_DEPENDENCY, "fx-needy 1.0.0 cannot be resolved");
        assertThat(refused.refusals()).filteredOn(r -> r.reason() == RefusalReason.MISSING_DEPENDENCY).singleElement()
                .satisfies(r -> assertThat(r.details()).containsExactly(
                        "plugin fx-absent [1.0.0,2.0.0), which is not installed",
                        "plugin fx-basic [2.0.0,3.0.0), but only 1.0.0 from fx-basic 1.0.0 is installed",
                        "package com.example.absent [1.0.0,2.0.0), which is not offered"));
    }

    @Test
    void dependencyCycleRefusesEveryPluginInItAndNamesIt() throws Exception {
        byte[] a = good("fx-cycle-a").header("Require-Bundle", "fx-cycle-b").signed();
        byte[] b = good("fx-cycle-b").header("Require-Bundle", "fx-cycle-a").signed();

        List<InstallResult> results = harness.runtime.plugins().deploy(List.of(archive("a.jar", a), archive("b.jar", b)),
                RuntimeHarness.ACTOR);

        assertThat(results).allSatisfy(result -> {
            assertThat(result.plugin()).isEmpty();
            assertThat(result.refusals()).anySatisfy(r -> assertThat(r.reason()).isEqualTo(RefusalReason.DEPENDENCY_CYCLE));
        });
        assertThat(results.get(0).refusals()).anySatisfy(r -> assertThat(r.message()).contains("fx-cycle-a → fx-cycle-b → fx-cycle-a"));
        assertThat(harness.state()).isEqualTo(before);
    }

    @Test
    void apiVersionOutOfRange() {
        byte[] jar = good("fx-future").importing("io.reformbench.api.contribution;version=\"[2.0,3)\"").signed();
        assertRefused(jar, RefusalReason.API_VERSION, "io.reformbench.api.contribution [2.0.0,3.0.0), but only 1.0.0");
    }

    @Test
    void activatorThatThrows() {
        assertRefused(good("fx-throwing").activator(ThrowingActivator.class).signed(), RefusalReason.ACTIVATOR_FAILED,
                "the fixture's database is missing");
    }

    @Test
    void activatorThatHangs() {
        assertRefused(good("fx-hanging").activator(HangingActivator.class).signed(), RefusalReason.ACTIVATOR_TIMEOUT,
                "did not start within 2000 ms");
    }

    @Test
    void everyProblemOfOneArchiveIsReportedAtOnce() {
        byte[] jar = good("fx-hopeless").header("Require-Bundle", "fx-absent")
                .pluginXml("<extension point='core.views'><view key='v' page='missing.txt'><label lang='en'>V</label></view></extension>")
                .unsigned();
        PluginRefusedException refused = assertRefused(jar, RefusalReason.UNSIGNED, "not signed");
        assertThat(refused.refusals()).extracting(Refusal::reason)
                .contains(RefusalReason.UNSIGNED, RefusalReason.INVALID_DESCRIPTOR, RefusalReason.MISSING_DEPENDENCY);
    }

    private PluginRefusedException assertRefused(byte[] jar, RefusalReason reason, String detail) {
        PluginRefusedException refused = harness.refused(jar);
        assertThat(refused.refusals()).anySatisfy(refusal -> {
            assertThat(refusal.reason()).isEqualTo(reason);
            assertThat(refusal.toString()).contains(detail);
        });
        try {
            assertThat(harness.state()).isEqualTo(before);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(harness.audit.last().outcome()).isEqualTo(PluginAuditEvent.Outcome.REFUSED);
        return refused;
    }

    private static FixtureJar good(String id) {
        return FixtureJar.plugin(id, "1.0.0");
    }

    private static PluginArchive archive(String name, byte[] jar) {
        return new PluginArchive(name, () -> new ByteArrayInputStream(jar));
    }

    /** Copies a jar entry by entry, letting a test change the entries after signing. */
    private static byte[] rewrite(byte[] jar, Consumer<Map<String, byte[]>> change) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        change.accept(entries);
        return FixtureJar.zip(entries);
    }

}
