package io.reformbench.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.web.testing.ApiClient;
import io.reformbench.web.testing.ApiClient.Reply;
import io.reformbench.web.testing.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST contract for health, plans, areas, actions and report import, on the real server and database. */
@ExtendWith(ArquillianExtension.class)
class RoadmapApiIT {

    private static final String DEMO = "unds-reform-2019";

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
    void healthReportsTheDatabaseAndPlugins() {
        JsonObject health = api().get("health").object();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getString("database")).isIn("H2", "MySQL", "MariaDB");
        assertThat(health.getJsonObject("plugins").getInt("active")).isGreaterThanOrEqualTo(0);
        assertThat(health.getString("version")).isNotBlank();
    }

    @Test
    void theDemoPlanIsSeededWithTheReportsRoadmap() {
        JsonObject plan = api().get("plans").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("key").equals(DEMO)).findFirst().orElseThrow();
        assertThat(plan.getJsonObject("title").getString("zh")).contains("驻地协调员系统");
        assertThat(plan.getJsonObject("title").getString("en")).isNotBlank();
        assertThat(plan.getString("source")).isEqualTo("000_83dc3fb23f19c7fe.txt");

        List<JsonObject> areas = api().get("areas?plan=" + DEMO).array().getValuesAs(JsonObject.class)
                .subList(0, 5);
        assertThat(areas).extracting(a -> a.getString("key")).containsExactly("rc-system", "country-teams",
                "regional-approach", "oversight", "funding-compact");
        assertThat(areas.stream().mapToInt(a -> a.getJsonArray("subAreas").size()).sum()).isEqualTo(7);
        assertThat(areas.get(0).getJsonObject("name").getString("zh")).isEqualTo("重振活力的驻地协调员系统");
        assertThat(areas).allSatisfy(a -> assertThat(a.getJsonObject("name").getString("en")).isNotBlank());
    }

    @Test
    void itemsFollowTheContractWithSubActionsAfterTheirParent() {
        List<JsonObject> items = api().get("items?plan=" + DEMO).array().getValuesAs(JsonObject.class);
        List<String> numbers = items.stream().map(i -> i.getString("number")).toList();
        assertThat(numbers).hasSize(39).startsWith("1", "2", "3").endsWith("35", "36");
        assertThat(numbers.subList(numbers.indexOf("11"), numbers.indexOf("11") + 5))
                .containsExactly("11", "11.1", "11.2", "11.3", "12");

        JsonObject first = byNumber(items, "1");
        assertThat(first.getJsonObject("timeFrame").getString("kind")).isEqualTo("FROM_YEAR");
        assertThat(first.getJsonObject("timeFrame").getInt("from")).isEqualTo(2019);
        assertThat(first.isNull("plannedEnd")).isTrue();
        assertThat(first.getString("plannedStart")).isEqualTo("2019-01-01");
        assertThat(first.getString("status")).isEqualTo("NOT_STARTED");
        assertThat(byNumber(items, "20").getJsonObject("timeFrame").getString("kind")).isEqualTo("NONE");
        assertThat(byNumber(items, "11.2").getString("parent")).isEqualTo("11");
        assertThat(byNumber(items, "11.3").getJsonObject("timeFrame").getInt("from")).isEqualTo(2020);
        JsonObject range = byNumber(items, "15").getJsonObject("timeFrame");
        assertThat(List.of(range.getString("kind"), range.getInt("from"), range.getInt("to")))
                .containsExactly("RANGE", 2019, 2020);
        assertThat(items).allSatisfy(i -> {
            assertThat(i.getJsonObject("title").getString("zh")).isNotBlank();
            assertThat(i.getJsonObject("title").getString("en")).isNotBlank();
        });
    }

    @Test
    void filtersNarrowTheListAndBadFiltersAreRefused() {
        String area = api().get("areas?plan=" + DEMO).array().getJsonObject(2).getString("key");
        List<JsonObject> inArea = api().get("items?plan=" + DEMO + "&area=" + area).array().getValuesAs(JsonObject.class);
        assertThat(inArea).extracting(i -> i.getString("number")).containsExactly("29", "30", "31");
        assertThat(api().get("items?plan=" + DEMO + "&q=11.2").array()).hasSize(1);
        Reply bad = api().get("items?plan=" + DEMO + "&status=DONE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.object().getString("message")).contains("status");
    }

    @Test
    void unknownIdsAndPlansAre404() {
        Reply item = api().get("items/987654321");
        assertThat(item.status()).isEqualTo(404);
        assertThat(item.object().getString("error")).isEqualTo("unknown_item");
        assertThat(api().get("items?plan=no-such-plan").status()).isEqualTo(404);
        assertThat(api().putJson("items/987654321", "\"1\"", "{\"progress\":5}").status()).isEqualTo(404);
    }

    @Test
    void anEditCarriesItsVersionAndAStaleEditIsRefusedNamingWhoAndWhen() {
        String plan = importFixture();
        JsonObject action = itemOf(plan, "1");
        long id = action.getJsonNumber("id").longValue();
        Reply read = api().get("items/" + id);
        assertThat(read.header("ETag")).isEqualTo("\"" + action.getInt("version") + "\"");

        Reply saved = api().putJson("items/" + id, read.header("ETag"),
                "{\"plannedStart\":\"2022-02-01\",\"plannedEnd\":\"2022-06-30\",\"status\":\"IN_PROGRESS\",\"progress\":40}");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.object().getInt("version")).isEqualTo(action.getInt("version") + 1);

        Reply stale = api().putJson("items/" + id, read.header("ETag"), "{\"plannedStart\":\"2022-03-01\"}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.object().getString("error")).isEqualTo("stale_version");
        JsonObject detail = stale.object().getJsonArray("details").getJsonObject(0);
        assertThat(detail.getString("changedBy")).isNotBlank();
        assertThat(detail.getString("changedAt")).endsWith("Z");
        assertThat(api().get("items/" + id).object().getString("plannedStart")).isEqualTo("2022-02-01");

        List<JsonObject> history = api().get("items/" + id + "/history").array().getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> text(h, "field") + ":" + text(h, "from") + "->" + text(h, "to"))
                .contains("plannedStart:2022-01-01->2022-02-01", "plannedEnd:2022-12-31->2022-06-30",
                        "status:NOT_STARTED->IN_PROGRESS", "progress:0->40")
                .noneMatch(change -> change.endsWith("2022-03-01"));
    }

    @Test
    void invalidEditsNameTheFieldAndChangeNothing() {
        String plan = importFixture();
        JsonObject action = itemOf(plan, "2");
        String path = "items/" + action.getJsonNumber("id").longValue();
        String tag = "\"" + action.getInt("version") + "\"";
        assertRefused(path, tag, "{\"plannedStart\":\"2023-05-01\",\"plannedEnd\":\"2023-01-01\"}", "plannedEnd");
        assertRefused(path, tag, "{\"progress\":150}", "progress");
        assertRefused(path, tag, "{\"status\":\"DONE\"}", "status");
        assertRefused(path, tag, "{\"area\":\"no-such-area\"}", "area");
        assertRefused(path, tag, "{\"plannedStart\":\"2023-02-30\"}", "plannedStart");
        assertRefused(path, tag, "{\"timeFrame\":{\"kind\":\"RANGE\",\"from\":2024,\"to\":2022}}", "timeFrame");
        assertThat(api().putJson(path, null, "{\"progress\":5}").status()).isEqualTo(428);
        assertThat(api().get(path).object()).isEqualTo(api().get(path).object());
        assertThat(api().get(path).object().getInt("version")).isEqualTo(action.getInt("version"));
        assertThat(api().get(path + "/history").array()).allSatisfy(h ->
                assertThat(h.asJsonObject().getString("operation")).isIn("IMPORT", "CREATE"));
    }

    private void assertRefused(String path, String tag, String body, String field) {
        Reply reply = api().putJson(path, tag, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.object().getJsonArray("details").getValuesAs(JsonObject.class))
                .anySatisfy(d -> assertThat(d.getString("field")).isEqualTo(field));
    }

    @Test
    void actionsAreCreatedReadAndDeletedKeepingChineseTextExactly() {
        String plan = importFixture();
        String area = api().get("areas?plan=" + plan).array().getJsonObject(1).getString("key");
        String title = "建立伙伴关系数据平台 🌏 «test» & <b>";
        Reply created = api().postJson("items?plan=" + plan, "{\"number\":\"6\",\"area\":\"" + area
                + "\",\"title\":{\"zh\":\"" + title + "\"},\"timeFrame\":{\"kind\":\"YEAR\",\"from\":2024}}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).contains("/api/items/");
        JsonObject read = api().get(location.substring(location.indexOf("items/"))).object();
        assertThat(read.getJsonObject("title").getString("zh")).isEqualTo(title);
        assertThat(read.getJsonObject("timeFrame").getJsonObject("text").getString("zh")).isEqualTo("2024 年");

        Reply duplicate = api().postJson("items?plan=" + plan, "{\"number\":\"6\",\"area\":\"" + area + "\",\"title\":{\"zh\":\"x\"}}");
        assertThat(duplicate.status()).isEqualTo(400);

        String itemPath = "items/" + read.getJsonNumber("id").longValue();
        assertThat(api().delete(itemPath, "\"" + read.getInt("version") + "\"").status()).isEqualTo(204);
        assertThat(api().get(itemPath).status()).isEqualTo(404);
        Reply parent = api().delete("items/" + itemOf(plan, "3").getJsonNumber("id").longValue(), null);
        assertThat(parent.status()).isEqualTo(422);
    }

    @Test
    void reimportingChangesNothingAndACorrectedReportUpdatesByNumber() {
        String plan = importFixture();
        List<JsonObject> before = api().get("items?plan=" + plan).array().getValuesAs(JsonObject.class);
        JsonObject again = api().post("import/report?plan=" + plan, "text/plain; charset=UTF-8", fixture("pilot-2022.txt")).object();
        assertThat(again.getInt("actionsCreated")).isZero();
        assertThat(again.getInt("actionsUpdated")).isZero();
        assertThat(api().get("items?plan=" + plan).array().getValuesAs(JsonObject.class)).isEqualTo(before);

        Reply corrected = api().post("import/report?plan=" + plan, "text/plain; charset=UTF-8", fixture("pilot-2022-corrected.txt"));
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.object().getInt("actionsUpdated")).isEqualTo(2);
        List<JsonObject> after = api().get("items?plan=" + plan).array().getValuesAs(JsonObject.class);
        assertThat(after).hasSize(before.size());
        assertThat(byNumber(after, "1").getJsonObject("title").getString("zh")).contains("区域中心");
        assertThat(byNumber(after, "2").getJsonObject("timeFrame").getInt("to")).isEqualTo(2024);
    }

    @Test
    void anEmptyOrUnreadableReportIsRefused() {
        Reply empty = api().post("import/report?plan=empty-" + UUID.randomUUID().toString().substring(0, 8),
                "text/plain; charset=UTF-8", "   ");
        assertThat(empty.status()).isEqualTo(400);
        Reply noTable = api().post("import/report?plan=prose", "text/plain; charset=UTF-8", "只是一段文字，没有路线图。");
        assertThat(noTable.status()).isEqualTo(400);
        assertThat(noTable.object().getString("message")).contains("时间框架");
        assertThat(api().get("plans").array().getValuesAs(JsonObject.class))
                .noneMatch(p -> p.getString("key").equals("prose"));
    }

    private String importFixture() {
        String plan = "pilot-" + UUID.randomUUID().toString().substring(0, 8);
        Reply reply = api().post("import/report?plan=" + plan + "&source=pilot-2022.txt", "text/plain; charset=UTF-8",
                fixture("pilot-2022.txt"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.object().getInt("actionsCreated")).isEqualTo(7);
        assertThat(reply.object().getJsonArray("problems")).isEmpty();
        return plan;
    }

    private JsonObject itemOf(String plan, String number) {
        return byNumber(api().get("items?plan=" + plan).array().getValuesAs(JsonObject.class), number);
    }

    private static JsonObject byNumber(List<JsonObject> items, String number) {
        return items.stream().filter(i -> i.getString("number").equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("No action " + number));
    }

    private static String fixture(String name) {
        try (InputStream in = RoadmapApiIT.class.getResourceAsStream("/reports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value instanceof JsonString string ? string.getString() : null;
    }
}
