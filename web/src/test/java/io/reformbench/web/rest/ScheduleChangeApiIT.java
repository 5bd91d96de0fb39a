package io.reformbench.web.rest;

import static io.reformbench.web.rest.ScheduleApiIT.levelledPlan;
import static io.reformbench.web.rest.ScheduleApiIT.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.web.testing.ApiClient;
import io.reformbench.web.testing.ApiClient.Reply;
import io.reformbench.web.testing.Deployments;
import io.reformbench.web.testing.TestPlan;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changing a schedule on the real server and database: previews, applied moves with everything they push (all or
 * nothing, also against a concurrent planner), baselines and the variance after a move.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleChangeApiIT {

    private static final String[] MOVED = {"1", "2", "3", "4"};

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
    void aPreviewListsEveryActionThatWouldMoveAndSavesNothing() {
        TestPlan plan = levelledPlan(api());
        List<String> before = plan.state(MOVED);
        JsonObject preview = preview(plan, "2023-03-06", "2023-03-15");

        assertThat(moves(preview)).containsExactly(
                "1 2023-03-01..2023-03-10 → 2023-03-06..2023-03-15 +5",
                "3 2023-03-13..2023-04-01 → 2023-03-18..2023-04-06 +5",
                "4 2023-03-29..2023-04-01 → 2023-04-03..2023-04-06 +5");
        assertThat(preview.getJsonArray("moves").getJsonObject(1).getJsonNumber("version").longValue())
                .isEqualTo(plan.version("3"));
        assertThat(plan.state(MOVED)).isEqualTo(before);
        JsonObject openEnd = api().postJson("schedule/preview", "{\"item\":" + plan.id("2")
                + ",\"plannedStart\":\"2023-03-02\",\"plannedEnd\":null}").object();
        assertThat(moves(openEnd)).containsExactly("2 2023-03-01..2023-03-05 → 2023-03-02..… +1");
        JsonObject keepsEnd = api().postJson("schedule/preview", "{\"item\":" + plan.id("2")
                + ",\"plannedStart\":\"2023-03-02\"}").object();
        assertThat(moves(keepsEnd)).containsExactly("2 2023-03-01..2023-03-05 → 2023-03-02..2023-03-05 +1");
    }

    @Test
    void anAppliedMoveSavesTheMoveAndEveryPushTogetherAndAuditsEach() {
        TestPlan plan = levelledPlan(api());
        List<Long> versions = List.of(plan.version("1"), plan.version("3"), plan.version("4"));
        Reply applied = apply(preview(plan, "2023-03-06", "2023-03-15"));

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.object().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("number")).containsExactly("1", "3", "4");
        assertThat(plan.state(MOVED)).containsExactly(
                "1=2023-03-06..2023-03-15 v" + (versions.get(0) + 1),
                "2=2023-03-01..2023-03-05 v" + plan.version("2"),
                "3=2023-03-18..2023-04-06 v" + (versions.get(1) + 1),
                "4=2023-04-03..2023-04-06 v" + (versions.get(2) + 1));
        assertThat(history(plan, "4"))
                .contains("plannedStart 2023-03-29 → 2023-04-03", "plannedEnd 2023-04-01 → 2023-04-06");
        assertThat(history(plan, "1")).contains("plannedStart 2023-03-01 → 2023-03-06");
        JsonObject schedule = api().get("schedule?plan=" + plan.key()).object();
        assertThat(schedule.getString("projectFinish")).isEqualTo("2023-04-06");
        assertThat(schedule.getJsonArray("problems")).hasSize(1);
    }

    @Test
    void badMovesAreRefusedNamingTheField() {
        TestPlan plan = levelledPlan(api());
        TestPlan other = TestPlan.imported(api(), "schedule-2023.txt");
        long one = plan.id("1");
        assertThat(api().postJson("schedule/preview", "{\"item\":987654321,\"plannedStart\":\"2023-03-02\"}").status())
                .isEqualTo(404);
        assertField("schedule/preview", "{\"item\":" + one + "}", "plannedStart");
        assertField("schedule/preview", "{\"plannedStart\":\"2023-03-02\"}", "item");
        assertField("schedule/preview", "{\"item\":" + one + ",\"plannedStart\":\"2023-02-30\"}", "plannedStart");
        String nine = "{\"item\":" + one + ",\"plannedStart\":\"2023-03-09\"";
        assertField("schedule/preview", nine + ",\"plannedEnd\":\"2023-03-01\"}", "plannedEnd");
        assertField("schedule/preview", nine + ",\"plannedFinish\":\"x\"}", "plannedFinish");
        String move = "\"item\":" + one + ",\"plannedStart\":\"2023-03-06\",\"plannedEnd\":\"2023-03-15\"";
        assertThat(api().postJson("schedule/apply", "{" + move + ",\"moves\":[]}").status()).isEqualTo(428);
        long version = plan.version("1");
        assertField("schedule/apply", "{" + move + ",\"version\":" + version + "}", "moves");
        assertField("schedule/apply", "{" + move + ",\"version\":" + version + ",\"moves\":[{\"id\":" + one + "}]}",
                "moves[0].version");
        assertField("schedule/apply", "{" + move + ",\"version\":" + version + ",\"moves\":[{\"id\":"
                + other.id("3") + ",\"version\":" + other.version("3") + "}]}", "moves");
        assertThat(plan.state("1")).containsExactly("1=2023-03-01..2023-03-10 v" + version);
    }

    @Test
    void aMoveWhosePushedActionAnotherPlannerChangedIsRefusedNamingThemAndNothingIsWritten() {
        TestPlan plan = levelledPlan(api());
        JsonObject preview = preview(plan, "2023-03-06", "2023-03-15");
        Reply edit = api().putJson("items/" + plan.id("3"), "\"" + plan.version("3") + "\"",
                "{\"responsible\":\"另一位规划员\"}");
        assertThat(edit.status()).isEqualTo(200);
        List<String> before = plan.state(MOVED);

        Reply refused = apply(preview);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(412);
        JsonObject detail = refused.object().getJsonArray("details").getJsonObject(0);
        assertThat(detail.getJsonNumber("id").longValue()).isEqualTo(plan.id("3"));
        assertThat(detail.getString("changedBy")).isNotBlank();
        assertThat(detail.getString("changedAt")).endsWith("Z");
        assertThat(refused.object().getString("message")).contains("Action " + plan.id("3"), "nothing was saved");
        assertThat(plan.state(MOVED)).isEqualTo(before);
        assertThat(plan.item("3").getString("responsible")).isEqualTo("另一位规划员");
        assertThat(history(plan, "1")).noneMatch(change -> change.contains("2023-03-06"));
    }

    @Test
    void aMoveWhosePreviewALinkMadeOutdatedIsRefused() {
        TestPlan plan = levelledPlan(api());
        JsonObject preview = preview(plan, "2023-03-06", "2023-03-15");
        plan.link("1", "2", "FS", 0);
        List<String> before = plan.state(MOVED);

        Reply refused = apply(preview);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.object().getString("error")).isEqualTo("preview_outdated");
        assertThat(refused.object().getString("message")).contains("action 2 would now move too");
        assertThat(plan.state(MOVED)).isEqualTo(before);
    }

    @Test
    void twoPlannersApplyingMovesAtOnceLeaveExactlyOneOfThemWhole() throws Exception {
        TestPlan plan = levelledPlan(api());
        JsonObject early = preview(plan, "2023-03-06", "2023-03-15");
        JsonObject late = preview(plan, "2023-03-11", "2023-03-20");
        List<Long> versions = List.of(plan.version("1"), plan.version("3"), plan.version("4"));

        List<Reply> replies = race(() -> apply(early), () -> apply(late));
        assertThat(replies.stream().filter(r -> r.status() == 200)).as(replies.toString()).hasSize(1);
        assertThat(replies).extracting(Reply::status).containsAnyOf(409, 412);
        boolean earlyWon = replies.get(0).status() == 200;
        assertThat(plan.state("1", "3", "4")).containsExactly(
                "1=" + (earlyWon ? "2023-03-06..2023-03-15" : "2023-03-11..2023-03-20") + " v" + (versions.get(0) + 1),
                "3=" + (earlyWon ? "2023-03-18..2023-04-06" : "2023-03-23..2023-04-11") + " v" + (versions.get(1) + 1),
                "4=" + (earlyWon ? "2023-04-03..2023-04-06" : "2023-04-08..2023-04-11") + " v" + (versions.get(2) + 1));
    }

    @Test
    void aMoveRacingAnEditOfAPushedActionLeavesOneOfThemWholeAndTheOtherUnwritten() throws Exception {
        TestPlan plan = levelledPlan(api());
        JsonObject preview = preview(plan, "2023-03-06", "2023-03-15");
        long three = plan.version("3");
        List<String> before = plan.state("1", "3", "4");

        List<Reply> replies = race(() -> apply(preview), () -> api().putJson("items/" + plan.id("3"),
                "\"" + three + "\"", "{\"plannedStart\":\"2023-03-14\",\"plannedEnd\":\"2023-04-02\"}"));
        assertThat(replies.stream().filter(r -> r.status() == 200)).as(replies.toString()).hasSize(1);
        assertThat(replies).extracting(Reply::status).containsAnyOf(409, 412);
        if (replies.get(0).status() == 200) {
            assertThat(plan.state("1", "3", "4")).containsExactly(
                    "1=2023-03-06..2023-03-15 v" + (version(before.get(0)) + 1),
                    "3=2023-03-18..2023-04-06 v" + (three + 1),
                    "4=2023-04-03..2023-04-06 v" + (version(before.get(2)) + 1));
        } else {
            assertThat(plan.state("1", "3", "4")).containsExactly(before.get(0),
                    "3=2023-03-14..2023-04-02 v" + (three + 1), before.get(2));
        }
    }

    @Test
    void elevenBaselinesAndTheVarianceAfterAMove() {
        TestPlan plan = levelledPlan(api());
        for (int i = 1; i <= 11; i++) {
            Reply created = api().postJson("baselines?plan=" + plan.key(), "{\"name\":\"Baseline " + i + "\"}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.header("Location")).endsWith("/api/baselines/" + created.object().getJsonNumber("id"));
            assertThat(created.object().getInt("actions")).isEqualTo(6);
        }
        List<JsonObject> baselines = api().get("baselines?plan=" + plan.key()).array().getValuesAs(JsonObject.class);
        assertThat(baselines).extracting(b -> b.getString("name")).hasSize(11)
                .startsWith("Baseline 1").endsWith("Baseline 11");
        assertThat(baselines.get(0).getString("createdBy")).isNotBlank();
        assertThat(baselines.get(0).getString("createdAt")).endsWith("Z");
        assertThat(apply(preview(plan, "2023-03-06", "2023-03-15")).status()).isEqualTo(200);

        JsonObject variance = api().get("baselines/" + baselines.get(0).getJsonNumber("id") + "/variance").object();
        assertThat(variance.getJsonObject("baseline").getString("name")).isEqualTo("Baseline 1");
        assertThat(variance.getJsonArray("actions").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("number") + " " + text(v, "baselineStart") + " " + text(v, "plannedStart")
                        + " " + text(v, "startVarianceDays") + " " + text(v, "finishVarianceDays"))
                .containsExactly("1 2023-03-01 2023-03-06 5 5", "2 2023-03-01 2023-03-01 0 0",
                        "3 2023-03-13 2023-03-18 5 5", "4 2023-03-29 2023-04-03 5 5",
                        "5 2023-01-01 2023-01-01 0 …", "6 … … … …");
    }

    @Test
    void baselinesAreSnapshotsWithNamesUniquePerPlan() {
        TestPlan plan = levelledPlan(api());
        TestPlan other = TestPlan.imported(api(), "schedule-2023.txt");
        String path = "baselines?plan=" + plan.key();
        JsonObject first = api().postJson(path, "{\"name\":\"  Approved 2023 \"}").object();
        assertThat(first.getString("name")).isEqualTo("Approved 2023");
        Reply duplicate = api().postJson(path, "{\"name\":\"approved 2023\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.object().getString("message")).contains("Approved 2023");
        assertThat(api().postJson("baselines?plan=" + other.key(), "{\"name\":\"Approved 2023\"}").status())
                .isEqualTo(201);
        assertField(path, "{\"name\":\"  \"}", "name");
        assertField(path, "{}", "name");
        assertField(path, "{\"name\":\"" + "x".repeat(101) + "\"}", "name");
        assertField(path, "{\"name\":\"A\",\"plan\":\"x\"}", "plan");
        assertThat(api().postJson("baselines?plan=no-such-plan", "{\"name\":\"A\"}").status()).isEqualTo(404);
        assertThat(api().get("baselines/987654321").status()).isEqualTo(404);
        assertThat(api().get("baselines/987654321/variance").object().getString("error")).isEqualTo("unknown_baseline");

        plan.plan("2", "2023-03-02", "2023-03-06");
        Reply added = api().postJson("items?plan=" + plan.key(), "{\"number\":\"7\",\"area\":\""
                + plan.item("1").getString("area") + "\",\"title\":{\"zh\":\"新增举措\"}}");
        assertThat(added.status()).isEqualTo(201);
        String id = String.valueOf(first.getJsonNumber("id"));
        assertThat(api().get("baselines/" + id).object()).isEqualTo(first);
        assertThat(api().get(path).array()).hasSize(1);
        List<JsonObject> variance = api().get("baselines/" + id + "/variance").object().getJsonArray("actions")
                .getValuesAs(JsonObject.class);
        assertThat(variance).extracting(v -> v.getString("number") + " " + text(v, "baselineEnd") + " "
                + text(v, "finishVarianceDays")).contains("2 2023-03-05 1", "7 … …");
    }

    private JsonObject preview(TestPlan plan, String start, String end) {
        Reply reply = api().postJson("schedule/preview", "{\"item\":" + plan.id("1") + ",\"plannedStart\":\"" + start
                + "\",\"plannedEnd\":\"" + end + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /** Confirms a preview of action 1 at the version it had when the preview was made. */
    private Reply apply(JsonObject preview) {
        long version = preview.getJsonArray("moves").getJsonObject(0).getJsonNumber("version").longValue();
        return api().postJson("schedule/apply",
                Json.createObjectBuilder(preview).add("version", version).build().toString());
    }

    private static List<Reply> race(Supplier<Reply> first, Supplier<Reply> second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            Future<Reply> one = threads.submit(() -> awaitThen(ready, go, first));
            Future<Reply> two = threads.submit(() -> awaitThen(ready, go, second));
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            return List.of(one.get(90, TimeUnit.SECONDS), two.get(90, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }

    private static Reply awaitThen(CountDownLatch ready, CountDownLatch go, Supplier<Reply> call)
            throws InterruptedException {
        ready.countDown();
        go.await();
        return call.get();
    }

    private void assertField(String path, String body, String field) {
        Reply reply = api().postJson(path, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.object().getJsonArray("details").getValuesAs(JsonObject.class))
                .anySatisfy(d -> assertThat(d.getString("field")).isEqualTo(field));
    }

    private List<String> history(TestPlan plan, String number) {
        return api().get("items/" + plan.id(number) + "/history").array().getValuesAs(JsonObject.class).stream()
                .map(h -> text(h, "field") + " " + text(h, "from") + " → " + text(h, "to")).toList();
    }

    private static List<String> moves(JsonObject preview) {
        return preview.getJsonArray("moves").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("number") + " " + text(m, "oldStart") + ".." + text(m, "oldEnd") + " → "
                        + text(m, "newStart") + ".." + text(m, "newEnd") + " +" + text(m, "shiftDays"))
                .toList();
    }

    private static long version(String state) {
        return Long.parseLong(state.substring(state.lastIndexOf(" v") + 2));
    }
}
