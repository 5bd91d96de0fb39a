package io.reformbench.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.web.testing.ApiClient;
import io.reformbench.web.testing.ApiClient.Reply;
import io.reformbench.web.testing.Deployments;
import io.reformbench.web.testing.TestPlan;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Links and the schedule on the real server and database: a small imported plan whose dates can be checked by
 * hand (1 →FS+2→ 3, 2 →FS→ 4, 3 →FF→ 4), its critical path, problems in two languages, and refused links.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleApiIT {

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.workbench();
    }

    private ApiClient api() {
        return new ApiClient(url);
    }

    /** 1: 1–10 Mar, 2: 1–5 Mar, 3: 13 Mar–1 Apr, 4: 29 Mar–1 Apr 2023 (levelled); 5 open from 2023; 6 undated. */
    static TestPlan levelledPlan(ApiClient api) {
        TestPlan plan = TestPlan.imported(api, "schedule-2023.txt");
        plan.plan("1", "2023-03-01", "2023-03-10");
        plan.plan("2", "2023-03-01", "2023-03-05");
        plan.plan("3", "2023-03-13", "2023-04-01");
        plan.plan("4", "2023-03-29", "2023-04-01");
        plan.link("1", "3", "FS", 2);
        plan.link("2", "4", "FS", 0);
        plan.link("3", "4", "FF", 0);
        return plan;
    }

    @Test
    void theScheduleOfASmallPlanHasHandCheckedDatesAndACriticalPath() {
        TestPlan plan = levelledPlan(api());
        JsonObject schedule = api().get("schedule?plan=" + plan.key()).object();

        assertThat(schedule.getString("projectFinish")).isEqualTo("2023-04-01");
        List<JsonObject> actions = schedule.getJsonArray("actions").getValuesAs(JsonObject.class);
        assertThat(actions.stream().map(ScheduleApiIT::row).toList().subList(0, 4)).containsExactly(
                "1 2023-03-01 2023-03-10 2023-03-01 2023-03-10 0 0 true",
                "2 2023-03-01 2023-03-05 2023-03-24 2023-03-28 23 23 false",
                "3 2023-03-13 2023-04-01 2023-03-13 2023-04-01 0 0 true",
                "4 2023-03-29 2023-04-01 2023-03-29 2023-04-01 0 0 true");
        JsonObject openEnded = actions.get(4);
        assertThat(openEnded.getString("earlyStart")).isEqualTo("2023-01-01");
        assertThat(List.of(openEnded.get("earlyFinish"), openEnded.get("totalSlackDays"))).containsOnly(JsonValue.NULL);
        assertThat(openEnded.getBoolean("critical")).isFalse();
        assertThat(row(actions.get(5))).isEqualTo("6 … … … … … … false");
        assertThat(ids(schedule, "criticalPath")).containsExactly(plan.id("1"), plan.id("3"), plan.id("4"));

        List<JsonObject> problems = schedule.getJsonArray("problems").getValuesAs(JsonObject.class);
        assertThat(problems).extracting(p -> p.getString("code") + " " + p.getString("number"))
                .containsExactly("NO_DATES 6");
        assertThat(problems.get(0).getJsonNumber("item").longValue()).isEqualTo(plan.id("6"));
    }

    @Test
    void areasAndSubAreasAreSummarized() {
        TestPlan plan = levelledPlan(api());
        List<JsonObject> areas = api().get("areas?plan=" + plan.key()).array().getValuesAs(JsonObject.class);
        String planning = areas.get(0).getString("key");
        String drafting = planning + "/" + areas.get(0).getJsonArray("subAreas").getJsonObject(0).getString("key");
        String publishing = planning + "/" + areas.get(0).getJsonArray("subAreas").getJsonObject(1).getString("key");
        String doing = areas.get(1).getString("key");

        List<JsonObject> summaries = api().get("schedule?plan=" + plan.key()).object().getJsonArray("summaries")
                .getValuesAs(JsonObject.class);
        assertThat(summaries).extracting(s -> s.getString("key") + " " + s.getString("start") + " "
                + s.getString("finish") + " " + s.getInt("actions") + " " + s.getBoolean("openEnded"))
                .containsExactlyInAnyOrder(
                        planning + " 2023-03-01 2023-04-01 3 false",
                        drafting + " 2023-03-01 2023-03-10 2 false",
                        publishing + " 2023-03-13 2023-04-01 1 false",
                        doing + " 2023-01-01 2023-04-01 2 true");
        JsonObject sub = summaries.stream().filter(s -> s.getString("key").equals(drafting)).findFirst().orElseThrow();
        assertThat(sub.getString("area") + "/" + sub.getString("subArea")).isEqualTo(drafting);
    }

    @Test
    void problemsAreTranslatedIntoTheCallersLanguage() {
        TestPlan plan = levelledPlan(api());
        plan.plan("3", "2023-03-01", "2023-03-20");
        String path = "schedule?plan=" + plan.key();

        assertThat(messages(api().get(path, "Accept-Language", "en-GB,en;q=0.8"))).containsExactly(
                "DEPENDENCY_VIOLATED 3: Action " + plan.id("3") + " is planned 12 day(s) too early for its FS link"
                        + " from action " + plan.id("1") + " (lag 2 days).",
                "NO_DATES 6: Action " + plan.id("6") + " has no planned dates; it is scheduled from its links only.");
        assertThat(messages(api().get(path, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5"))).containsExactly(
                "DEPENDENCY_VIOLATED 3: 举措 " + plan.id("3") + " 的计划比它与举措 " + plan.id("1")
                        + " 之间的 FS 关联（间隔 2 天）所允许的早了 12 天。",
                "NO_DATES 6: 举措 " + plan.id("6") + " 没有计划日期，只能按其关联安排。");
        assertThat(messages(api().get(path, "Accept-Language", "fr"))).allMatch(m -> m.contains("Action"));
        assertThat(messages(api().get(path))).allMatch(m -> m.contains("Action"));
        JsonObject pushed = api().get(path).object().getJsonArray("actions").getJsonObject(2);
        assertThat(pushed.getString("earlyStart")).isEqualTo("2023-03-13");
    }

    @Test
    void linksAreCreatedListedPerPlanDeletedAndAudited() {
        TestPlan plan = TestPlan.imported(api(), "schedule-2023.txt");
        TestPlan other = TestPlan.imported(api(), "schedule-2023.txt");
        Reply created = api().postJson("dependencies",
                "{\"from\":" + plan.id("1") + ",\"to\":" + plan.id("3") + ",\"type\":\"SS\",\"lagDays\":-3}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject link = created.object();
        assertThat(created.header("Location")).endsWith("/api/dependencies/" + link.getJsonNumber("id"));
        assertThat(List.of(link.getJsonNumber("from").longValue(), link.getJsonNumber("to").longValue()))
                .containsExactly(plan.id("1"), plan.id("3"));
        assertThat(link.getString("type") + link.getInt("lagDays") + link.getString("fromNumber")
                + link.getString("toNumber")).isEqualTo("SS-313");
        Reply defaults = api().postJson("dependencies", "{\"from\":" + plan.id("2") + ",\"to\":" + plan.id("4") + "}");
        assertThat(defaults.object().getString("type") + defaults.object().getInt("lagDays")).isEqualTo("FS0");

        assertThat(api().get("dependencies?plan=" + plan.key()).array()).hasSize(2).contains(link);
        assertThat(api().get("dependencies?plan=" + other.key()).array()).isEmpty();
        String path = "dependencies/" + link.getJsonNumber("id");
        assertThat(api().get(path).object()).isEqualTo(link);
        assertThat(api().delete(path, null).status()).isEqualTo(204);
        Reply again = api().delete(path, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.object().getString("error")).isEqualTo("unknown_dependency");
        assertThat(api().get("dependencies?plan=" + plan.key()).array()).hasSize(1);

        assertThat(history(plan, "3")).containsSubsequence(
                "CREATE dependency … → 1 → 3 (SS, lag -3 days)", "DELETE dependency 1 → 3 (SS, lag -3 days) → …");
        assertThat(history(plan, "4")).contains("CREATE dependency … → 2 → 4 (FS, lag 0 days)");
    }

    @Test
    void badLinksAreRefusedNamingTheFieldOrTheIdAndNothingIsStored() {
        TestPlan plan = levelledPlan(api());
        TestPlan other = TestPlan.imported(api(), "schedule-2023.txt");
        long one = plan.id("1");
        long two = plan.id("2");
        assertRefused("{\"from\":987654321,\"to\":" + two + "}", 404, "987654321");
        assertRefused("{\"from\":" + one + ",\"to\":987654322}", 404, "987654322");
        assertField("{\"to\":" + two + "}", "from");
        assertField("{\"from\":\"one\",\"to\":" + two + "}", "from");
        assertField("{\"from\":" + one + ",\"to\":" + two + ",\"type\":\"XX\"}", "type");
        assertField("{\"from\":" + one + ",\"to\":" + two + ",\"lagDays\":99999}", "lagDays");
        assertField("{\"from\":" + one + ",\"to\":" + two + ",\"lagDays\":1.5}", "lagDays");
        assertField("{\"from\":" + one + ",\"to\":" + one + "}", "to");
        assertField("{\"from\":" + one + ",\"to\":" + two + ",\"kind\":\"FS\"}", "kind");
        assertField("{\"from\":" + one + ",\"to\":" + other.id("2") + "}", "to");
        assertThat(api().postJson("dependencies", "[1,2]").status()).isEqualTo(400);
        assertThat(api().postJson("dependencies", "{\"from\":").status()).isEqualTo(400);
        Reply duplicate = assertRefused("{\"from\":" + one + ",\"to\":" + plan.id("3") + ",\"type\":\"SS\"}", 409,
                "already linked");
        assertThat(duplicate.object().getString("error")).isEqualTo("already_exists");
        assertThat(api().get("dependencies?plan=" + plan.key()).array()).hasSize(3);
        assertThat(api().get("dependencies?plan=" + other.key()).array()).isEmpty();
        assertThat(api().get("dependencies?plan=no-such-plan").status()).isEqualTo(404);
        assertThat(api().get("schedule?plan=no-such-plan").status()).isEqualTo(404);
        assertThat(api().get("dependencies/987654321").status()).isEqualTo(404);
    }

    @Test
    void aLinkThatClosesACycleIsRefusedNamingTheCycle() {
        TestPlan plan = levelledPlan(api());
        Reply back = assertRefused("{\"from\":" + plan.id("4") + ",\"to\":" + plan.id("1") + "}", 422,
                "1 → 3 → 4 → 1");
        JsonObject detail = back.object().getJsonArray("details").getJsonObject(0);
        assertThat(detail.getString("rule")).isEqualTo("DEPENDENCY_CYCLE");
        assertThat(detail.getJsonArray("cycle").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("1", "3", "4", "1");
        assertRefused("{\"from\":" + plan.id("3") + ",\"to\":" + plan.id("1") + ",\"type\":\"SS\"}", 422, "1 → 3 → 1");
        assertThat(api().get("dependencies?plan=" + plan.key()).array()).hasSize(3);

        TestPlan pilot = TestPlan.imported(api(), "pilot-2022.txt");
        Reply parent = assertRefused("{\"from\":" + pilot.id("3.1") + ",\"to\":" + pilot.id("3") + "}", 422, "3.1");
        assertThat(parent.object().getString("message")).contains("3 → 3.1").doesNotContain("#");
        assertThat(api().get("dependencies?plan=" + pilot.key()).array()).isEmpty();
    }

    @Test
    void deletingAnActionDeletesItsLinksWithAnAuditEntry() {
        TestPlan plan = levelledPlan(api());
        Reply deleted = api().delete("items/" + plan.id("2"), "\"" + plan.version("2") + "\"");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(api().get("dependencies?plan=" + plan.key()).array().getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("fromNumber") + "→" + d.getString("toNumber"))
                .containsExactly("1→3", "3→4");
        assertThat(history(plan, "4")).contains("DELETE dependency 2 → 4 (FS, lag 0 days) → …");
        assertThat(api().get("schedule?plan=" + plan.key()).object().getJsonArray("actions")).hasSize(5);
    }

    private Reply assertRefused(String body, int status, String text) {
        Reply reply = api().postJson("dependencies", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.object().getString("message")).contains(text);
        return reply;
    }

    private void assertField(String body, String field) {
        Reply reply = api().postJson("dependencies", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.object().getJsonArray("details").getValuesAs(JsonObject.class))
                .anySatisfy(d -> assertThat(d.getString("field")).isEqualTo(field));
    }

    private List<String> history(TestPlan plan, String number) {
        return api().get("items/" + plan.id(number) + "/history").array().getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("operation") + " " + text(h, "field") + " " + text(h, "from") + " → "
                        + text(h, "to"))
                .toList();
    }

    private static List<String> messages(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("code") + " " + p.getString("number") + ": " + p.getString("message"))
                .toList();
    }

    private static String row(JsonObject action) {
        return String.join(" ", action.getString("number"), text(action, "earlyStart"), text(action, "earlyFinish"),
                text(action, "lateStart"), text(action, "lateFinish"), text(action, "totalSlackDays"),
                text(action, "freeSlackDays"), String.valueOf(action.getBoolean("critical")));
    }

    static List<Long> ids(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return "…";
        }
        return value instanceof jakarta.json.JsonString string ? string.getString() : value.toString();
    }
}
