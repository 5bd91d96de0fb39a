package io.reformbench.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.web.testing.ApiClient;
import io.reformbench.web.testing.ApiClient.Reply;
import io.reformbench.web.testing.Deployments;
import io.reformbench.web.testing.TestAccounts;
import io.reformbench.web.testing.TestPlan;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Comments on actions and changed links on the real server: who may add and delete, bad input changing nothing,
 * unknown ids, and both in the action's history. One class, so one deployment.
 */
@ExtendWith(ArquillianExtension.class)
class CommentAndLinkApiIT {

    private static final String UNKNOWN = "987654321";

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.workbench();
    }

    private ApiClient admin() {
        return new ApiClient(url);
    }

    private ApiClient as(String user) {
        return ApiClient.as(url, user);
    }

    @Test
    void commentsAreListedNewestLastAndOnlyTheirAuthorOrAnAdministratorDeletesThem() {
        TestPlan plan = TestPlan.imported(admin(), "schedule-2023.txt");
        String path = "items/" + plan.id("2") + "/comments";
        Reply first = as(TestAccounts.PLANNER).postJson(path, text("Budget note: <b>check</b> & 预算"));
        Reply second = as(TestAccounts.RC_PLANNER).postJson(path, text("Second thought"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as("planners comment on any area: " + second).isEqualTo(201);
        assertThat(first.header("Location")).endsWith(path + "/" + id(first.object()));
        assertThat(first.object().getString("author")).isEqualTo(TestAccounts.PLANNER);
        assertThat(first.object().getString("createdAt")).endsWith("Z");
        assertThat(comments(as(TestAccounts.PLANNER), path)).containsExactly(
                TestAccounts.PLANNER + ": Budget note: <b>check</b> & 预算 (may delete)",
                TestAccounts.RC_PLANNER + ": Second thought");
        assertThat(comments(as(TestAccounts.VIEWER), path)).noneMatch(c -> c.endsWith("(may delete)"));
        assertThat(as(TestAccounts.VIEWER).postJson(path, text("viewers only read")).status()).isEqualTo(403);

        Reply refused = as(TestAccounts.RC_PLANNER).delete(path + "/" + id(first.object()), null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.object().getString("error")).isEqualTo("forbidden");
        assertThat(comments(admin(), path)).hasSize(2);

        assertThat(as(TestAccounts.PLANNER).delete(path + "/" + id(first.object()), null).status()).isEqualTo(204);
        assertThat(admin().delete(path + "/" + id(second.object()), null).status()).isEqualTo(204);
        assertThat(comments(admin(), path)).isEmpty();
        assertThat(history(plan.id("2"))).contains(
                "CREATE comment " + TestAccounts.PLANNER + " … → Budget note: <b>check</b> & 预算",
                "DELETE comment " + TestAccounts.PLANNER + " Budget note: <b>check</b> & 预算 → …",
                "DELETE comment " + TestAccounts.ADMIN + " Second thought → …");
    }

    @Test
    void badCommentsAndUnknownIdsChangeNothing() {
        TestPlan plan = TestPlan.imported(admin(), "schedule-2023.txt");
        String path = "items/" + plan.id("1") + "/comments";
        long kept = id(admin().postJson(path, text("kept")).object());
        long elsewhere = id(admin().postJson("items/" + plan.id("3") + "/comments", text("elsewhere")).object());

        assertField(admin().postJson(path, text("  \n ")), "text");
        assertField(admin().postJson(path, "{}"), "text");
        assertField(admin().postJson(path, text("x".repeat(4001))), "text");
        assertField(admin().postJson(path, "{\"text\":\"ok\",\"author\":\"someone\"}"), "author");
        assertThat(admin().postJson(path, text("y".repeat(4000))).status()).isEqualTo(201);
        assertThat(comments(admin(), path)).hasSize(2).first().asString().endsWith(": kept (may delete)");

        assertError(admin().get("items/" + UNKNOWN + "/comments"), 404, "unknown_item");
        assertError(admin().postJson("items/" + UNKNOWN + "/comments", text("lost")), 404, "unknown_item");
        assertError(admin().delete(path + "/" + UNKNOWN, null), 404, "unknown_comment");
        assertError(admin().delete(path + "/" + elsewhere, null), 404, "unknown_comment");
        assertThat(comments(admin(), path)).first().asString().contains("kept");
        assertThat(kept).isPositive();
    }

    @Test
    void aLinkTakesANewTypeAndLagUnderTheRulesOfANewLinkAndIsAudited() {
        TestPlan plan = TestPlan.imported(admin(), "schedule-2023.txt");
        long link = plan.link("1", "3", "FS", 0);
        long version = link(link).getJsonNumber("version").longValue();

        assertError(as(TestAccounts.PLANNER).putJson("dependencies/" + link, null, "{\"lagDays\":3}"), 428,
                "precondition_required");
        Reply changed = as(TestAccounts.PLANNER).putJson("dependencies/" + link, tag(version),
                "{\"type\":\"SS\",\"lagDays\":3}");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(describe(changed.object())).isEqualTo("SS 3 v" + (version + 1));
        assertThat(describe(link(link))).isEqualTo("SS 3 v" + (version + 1));
        assertThat(history(plan.id("3"))).contains("UPDATE dependency " + TestAccounts.PLANNER
                + " 1 → 3 (FS, lag 0 days) → 1 → 3 (SS, lag 3 days)");
        Reply stale = admin().putJson("dependencies/" + link, tag(version), "{\"lagDays\":9}");
        assertError(stale, 412, "stale_version");
        assertThat(stale.body()).contains("changed by someone else");
        assertThat(describe(link(link))).as("the stale change wrote nothing").isEqualTo("SS 3 v" + (version + 1));
        Reply lagOnly = admin().putJson("dependencies/" + link, tag(version + 1), "{\"lagDays\":-2}");
        assertThat(describe(lagOnly.object())).isEqualTo("SS -2 v" + (version + 2));
    }

    @Test
    void badLinkChangesAndUnknownLinksChangeNothing() {
        TestPlan plan = TestPlan.imported(admin(), "schedule-2023.txt");
        long link = plan.link("2", "4", "FF", 1);
        String before = describe(link(link));
        String path = "dependencies/" + link;
        String current = tag(link(link).getJsonNumber("version").longValue());

        assertField(admin().putJson(path, current, "{\"type\":\"XX\",\"lagDays\":1}"), "type");
        assertField(admin().putJson(path, current, "{\"type\":\"SS\",\"lagDays\":3651}"), "lagDays");
        assertField(admin().putJson(path, current, "{\"lagDays\":1.5}"), "lagDays");
        assertField(admin().putJson(path, current, "{\"type\":\"SS\",\"from\":1}"), "from");
        assertError(admin().putJson(path, current, "[]"), 400, "invalid_input");
        assertError(admin().putJson("dependencies/" + UNKNOWN, "\"1\"", "{\"lagDays\":1}"), 404, "unknown_dependency");
        assertError(as(TestAccounts.VIEWER).putJson(path, current, "{\"lagDays\":5}"), 403, "forbidden");
        assertError(as(TestAccounts.RC_PLANNER).putJson(path, current, "{\"lagDays\":5}"), 403, "forbidden");
        assertThat(describe(link(link))).isEqualTo(before);
        assertThat(history(plan.id("4"))).noneMatch(entry -> entry.startsWith("UPDATE dependency"));
    }

    private static String tag(long version) {
        return "\"" + version + "\"";
    }

    private JsonObject link(long id) {
        return admin().get("dependencies/" + id).object();
    }

    private static String describe(JsonObject link) {
        return link.getString("type") + " " + link.getInt("lagDays") + " v" + link.getJsonNumber("version").longValue();
    }

    private static List<String> comments(ApiClient client, String path) {
        Reply reply = client.get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream().map(c -> c.getString("author") + ": "
                + c.getString("text") + (c.getBoolean("mayDelete") ? " (may delete)" : "")).toList();
    }

    private List<String> history(long item) {
        return admin().get("items/" + item + "/history").array().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("operation") + " " + ScheduleApiIT.text(e, "field") + " " + e.getString("by")
                        + " " + ScheduleApiIT.text(e, "from") + " → " + ScheduleApiIT.text(e, "to"))
                .toList();
    }

    private static String text(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static void assertField(Reply reply, String field) {
        assertError(reply, 400, "invalid_input");
        assertThat(reply.object().getJsonArray("details").getValuesAs(JsonObject.class))
                .as(reply.toString()).anyMatch(d -> d.getString("field").equals(field));
    }

    private static void assertError(Reply reply, int status, String error) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.object().getString("error")).as(reply.toString()).isEqualTo(error);
    }
}
