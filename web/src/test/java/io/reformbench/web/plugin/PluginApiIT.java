package io.reformbench.web.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.web.testing.ApiClient;
import io.reformbench.web.testing.ApiClient.Reply;
import io.reformbench.web.testing.Deployments;
import io.reformbench.web.testing.SamplePlugins;
import io.reformbench.web.testing.TestPlan;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plugin lifecycle through the API on the running workbench: the five built-in areas, then a plugin nobody
 * built in — installed, upgraded, removed with its area archived, and brought back — and refusals that change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginApiIT {

    private static final String DEMO = "unds-reform-2019";
    private static final String SAMPLE = "knowledge-sharing";

    /** The action test 3 creates in the sample's area, removed again by test 5. */
    private static long sampleActionId;

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.workbench();
    }

    private ApiClient api() {
        return new ApiClient(url);
    }

    @Test
    @Order(1)
    void theFiveAreasAreSignedPluginsThatClaimTheReportsSections() {
        List<JsonObject> plugins = api().get("plugins").array().getValuesAs(JsonObject.class);
        assertThat(plugins).extracting(p -> p.getString("id")).contains("rc-system", "country-teams",
                "regional-approach", "oversight", "funding-compact");
        assertThat(plugins).allSatisfy(p -> {
            assertThat(p.getString("state")).isEqualTo("ACTIVE");
            assertThat(p.getString("signer")).isNotBlank();
            assertThat(p.getString("sha256")).hasSize(64);
        });
        assertThat(api().get("health").object().getJsonObject("plugins").getInt("active")).isEqualTo(activeCount());
        List<JsonObject> areas = areas().subList(0, 5);
        assertThat(areas).as("the report's five areas, before any area a sample plugin added")
                .extracting(a -> a.getString("key") + "/" + a.getString("plugin"))
                .containsExactly("rc-system/rc-system", "country-teams/country-teams",
                        "regional-approach/regional-approach", "oversight/oversight", "funding-compact/funding-compact");
        assertThat(areas.get(4).getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("key")).contains("contributionType", "amount");
    }

    @Test
    @Order(2)
    void aStoppedPluginsContributionsLeaveAndComeBack() {
        int active = activeCount();
        assertThat(api().post("plugins/oversight/stop").object().getString("state")).isNotEqualTo("ACTIVE");
        assertThat(api().get("health").object().getJsonObject("plugins").getInt("active")).isEqualTo(active - 1);
        assertThat(areaOf("oversight").getJsonArray("fields")).isEmpty();
        assertThat(api().post("plugins/oversight/start").object().getString("state")).isEqualTo("ACTIVE");
        assertThat(areaOf("oversight").getJsonArray("fields")).isNotEmpty();
        assertThat(api().post("plugins/no-such-plugin/start").status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void aSamplePluginIsInstalledUpgradedRemovedAndRestoredWithoutARestart() throws Exception {
        Reply check = api().upload("POST", "plugins/check", SamplePlugins.build("v1", "1.0.0"));
        assertThat(check.object().getBoolean("acceptable")).as(check.toString()).isTrue();
        assertThat(api().get("plugins/" + SAMPLE).status()).isEqualTo(404);

        Reply installed = api().upload("POST", "plugins", SamplePlugins.build("v1", "1.0.0"));
        assertThat(installed.status()).as(installed.toString()).isEqualTo(201);
        assertThat(installed.header("Location")).endsWith("/api/plugins/" + SAMPLE);
        assertThat(areaOf(SAMPLE).getString("plugin")).isEqualTo(SAMPLE);
        String number = TestPlan.freeNumber(api(), DEMO);
        Reply created = api().postJson("items?plan=" + DEMO, "{\"number\":\"" + number + "\",\"area\":\"" + SAMPLE
                + "\",\"title\":{\"zh\":\"举办知识共享会\",\"en\":\"Hold knowledge-sharing sessions\"}}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Reply upgraded = api().upload("PUT", "plugins/" + SAMPLE, SamplePlugins.build("v2", "2.0.0"));
        assertThat(upgraded.object().getString("version")).isEqualTo("2.0.0");
        assertThat(areaOf(SAMPLE).getJsonArray("fields").getValuesAs(JsonObject.class))
                .anySatisfy(f -> assertThat(f.getString("key")).isEqualTo("format"));
        Reply downgrade = api().upload("PUT", "plugins/" + SAMPLE, SamplePlugins.build("v1", "1.0.0"));
        assertThat(downgrade.status()).isEqualTo(422);
        assertThat(downgrade.body()).contains("DOWNGRADE");

        long id = created.object().getJsonNumber("id").longValue();
        sampleActionId = id;
        assertThat(api().delete("plugins/" + SAMPLE, null).status()).isEqualTo(204);
        assertThat(areaOf(SAMPLE).getBoolean("archived")).isTrue();
        JsonObject archived = api().get("items/" + id).object();
        assertThat(archived.getBoolean("archived")).isTrue();
        Reply edit = api().putJson("items/" + id, "\"" + archived.getInt("version") + "\"", "{\"progress\":10}");
        assertThat(edit.status()).isEqualTo(422);
        assertThat(api().postJson("items/" + id + "/comments", "{\"text\":\"Still needed?\"}").status())
                .as("an archived action takes no comments").isEqualTo(422);

        assertThat(api().upload("POST", "plugins", SamplePlugins.build("v2", "2.0.0")).status()).isEqualTo(201);
        assertThat(areaOf(SAMPLE).getBoolean("archived")).isFalse();
        assertThat(api().get("items/" + id).object().getBoolean("archived")).isFalse();
    }

    @Test
    @Order(5)
    void theSampleLeavesAgainSoOtherTestsSeeTheBuiltInAreasOnly() {
        assertThat(api().delete("items/" + sampleActionId, null).status()).isEqualTo(204);
        assertThat(api().delete("plugins/" + SAMPLE, null).status()).isEqualTo(204);
        assertThat(api().get("plugins/" + SAMPLE).status()).isEqualTo(404);
        assertThat(api().delete("plugins/" + SAMPLE, null).status()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void validatorsFromPluginsReportAnActionsProblems() {
        JsonObject action = api().get("items?plan=" + DEMO + "&area=funding-compact").array().getJsonObject(0);
        String path = "items/" + action.getJsonNumber("id").longValue();
        assertThat(api().get(path + "/problems").array()).isEmpty();
        Reply typed = api().putJson(path, "\"" + action.getInt("version") + "\"", "{\"custom\":{\"contributionType\":\"core\"}}");
        assertThat(typed.status()).as(typed.toString()).isEqualTo(200);
        assertThat(api().get(path + "/problems").array().getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("code")).containsExactly("AMOUNT_REQUIRED");
        Reply cleared = api().putJson(path, "\"" + typed.object().getInt("version") + "\"",
                "{\"custom\":{\"contributionType\":null}}");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(api().get(path + "/problems").array()).isEmpty();
        assertThat(api().get("items/987654321/problems").status()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void aTextFieldLongerThanItsPluginAllowsIsRefusedAndNothingIsWritten() {
        JsonObject action = api().get("items?plan=" + DEMO + "&area=funding-compact").array().getJsonObject(0);
        String path = "items/" + action.getJsonNumber("id").longValue();
        Reply tooLong = api().putJson(path, "\"" + action.getInt("version") + "\"",
                "{\"custom\":{\"earmarkedFor\":\"" + "x".repeat(65) + "\"}}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("custom.earmarkedFor").contains("At most 64 characters, not 65");
        assertThat(api().get(path).object().getInt("version")).isEqualTo(action.getInt("version"));
        Reply fits = api().putJson(path, "\"" + action.getInt("version") + "\"",
                "{\"custom\":{\"earmarkedFor\":\"" + "资".repeat(64) + "\"}}");
        assertThat(fits.status()).as("64 characters, whatever their bytes").isEqualTo(200);
    }

    @Test
    @Order(4)
    void refusedUploadsNameTheirReasonAndChangeNothing() throws Exception {
        List<String> before = pluginIds();
        assertRefused("NOT_A_JAR", "this is not a jar".getBytes(StandardCharsets.UTF_8));
        assertRefused("EMPTY", new byte[0]);
        assertRefused("UNSIGNED", unsignedJar());
        assertRefused("DUPLICATE_ID", SamplePlugins.build("v2", "2.0.0"));
        assertThat(pluginIds()).isEqualTo(before);
        Reply noFile = api().post("plugins", "multipart/form-data; boundary=x", "--x--\r\n");
        assertThat(noFile.status()).isEqualTo(400);
    }

    private void assertRefused(String reason, byte[] archive) {
        Reply reply = api().upload("POST", "plugins", archive);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.object().getJsonArray("details").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("reason")).contains(reason);
    }

    private static byte[] unsignedJar() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "unsigned-sample");
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new ZipEntry("plugin.xml"));
            jar.write("<plugin xmlns=\"urn:reformbench:plugin:1.0\"><name lang=\"en\">x</name></plugin>"
                    .getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    private int activeCount() {
        return (int) api().get("plugins").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("state").equals("ACTIVE")).count();
    }

    private List<String> pluginIds() {
        return api().get("plugins").array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("id") + "@" + p.getString("version") + ":" + p.getString("state")).toList();
    }

    private List<JsonObject> areas() {
        return api().get("areas?plan=" + DEMO).array().getValuesAs(JsonObject.class);
    }

    private JsonObject areaOf(String key) {
        return areas().stream().filter(a -> a.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("No area " + key + " in " + areas()));
    }
}
