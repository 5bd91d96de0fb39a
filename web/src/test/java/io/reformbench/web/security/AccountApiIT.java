package io.reformbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.web.testing.ApiClient;
import io.reformbench.web.testing.ApiClient.Reply;
import io.reformbench.web.testing.Deployments;
import io.reformbench.web.testing.TestAccounts;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts, passwords, API tokens, throttling and area limits through the REST API. */
@ExtendWith(ArquillianExtension.class)
class AccountApiIT {

    private static final String TEMPORARY = "Amber-Lighthouse-Forest-71";
    private static final String OWN = "Silver-Meadow-Compass-1947";

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.workbench();
    }

    @Test
    void theInitialPasswordFileIsGoneOnceTheAdministratorChoseAPassword() {
        ApiClient admin = new ApiClient(url);
        assertThat(Files.exists(TestAccounts.initialPasswordFile())).isFalse();
        assertThat(admin.get("account").object().getBoolean("mustChangePassword")).isFalse();
        List<String> kinds = admin.get("security/events?limit=1000").array().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind") + " " + e.getString("userName", "")).toList();
        assertThat(kinds).contains("INITIAL_ADMIN_CREATED admin", "PASSWORD_CHANGED admin");
    }

    @Test
    void aNewAccountMustChangeItsTemporaryPasswordBeforeAnythingElse() {
        String user = newAccount("viewer");
        ApiClient temporary = basic(user, TEMPORARY);
        Reply refused = temporary.get("items");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.object().getString("error")).isEqualTo("password_change_required");
        assertThat(temporary.get("account").object().getBoolean("mustChangePassword")).isTrue();

        assertThat(changePassword(temporary, TEMPORARY, OWN).status()).isEqualTo(204);
        assertThat(temporary.get("items").status()).as("the temporary password no longer works").isEqualTo(401);
        assertThat(basic(user, OWN).get("items").status()).isEqualTo(200);
    }

    @Test
    void aWeakOrWrongPasswordChangeIsRefusedAndChangesNothing() {
        String user = newAccount("viewer");
        ApiClient client = basic(user, TEMPORARY);
        Reply common = changePassword(client, TEMPORARY, "password1234");
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.body()).contains("newPassword").contains("most common passwords");
        assertThat(changePassword(client, TEMPORARY, "short1!").body()).contains("at least 12 characters");
        assertThat(changePassword(client, TEMPORARY, TEMPORARY).body()).contains("must differ");
        Reply wrongCurrent = changePassword(client, "Not-The-Current-One-55", OWN);
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("currentPassword");
        assertThat(client.get("account").object().getBoolean("mustChangePassword")).as("nothing changed").isTrue();
    }

    @Test
    void aTokenWorksAsBearerAndAsBasicPasswordUntilRevoked() {
        ApiClient viewer = ApiClient.as(url, TestAccounts.VIEWER);
        Reply created = viewer.postJson("account/tokens", "{\"name\":\"nightly export\"}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.object().getString("token");
        long id = created.object().getJsonNumber("id").longValue();
        assertThat(secret).startsWith("rb_");

        ApiClient bearer = viewer.withAuthorization("Bearer " + secret);
        assertThat(bearer.get("account").object().getString("userName")).isEqualTo(TestAccounts.VIEWER);
        assertThat(basic(TestAccounts.VIEWER, secret).get("items").status()).isEqualTo(200);
        assertThat(basic(TestAccounts.MODULE_TEAM, secret).get("items").status())
                .as("a token works only with its owner's name").isEqualTo(401);
        List<JsonObject> listed = viewer.get("account/tokens").array().getValuesAs(JsonObject.class);
        assertThat(listed).anySatisfy(t -> {
            assertThat(t.getString("name")).isEqualTo("nightly export");
            assertThat(t.isNull("token")).as("the secret is shown once only").isTrue();
            assertThat(secret).startsWith(t.getString("prefix"));
        });

        assertThat(viewer.delete("account/tokens/" + id, null).status()).isEqualTo(204);
        Reply revoked = bearer.get("items");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.header("WWW-Authenticate")).contains("Bearer");
        assertThat(ApiClient.as(url, TestAccounts.MODULE_TEAM).delete("account/tokens/" + id, null).status())
                .as("nobody revokes another's token").isEqualTo(404);
    }

    @Test
    void repeatedFailuresAreThrottledThenLetThroughAgain() {
        String user = newAccount("viewer");
        ApiClient wrong = basic(user, "Wrong-Password-Attempt-1");
        for (int i = 0; i < 6; i++) {
            assertThat(wrong.get("items").status()).isEqualTo(401);
        }
        Reply throttled = basic(user, TEMPORARY).get("account");
        assertThat(throttled.status()).as("even the right password waits").isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 3L);
        Reply later = awaitNotThrottled(basic(user, TEMPORARY));
        assertThat(later.status()).isEqualTo(200);
        List<String> kinds = new ApiClient(url).get("security/events?limit=100").array()
                .getValuesAs(JsonObject.class).stream().filter(e -> user.equals(e.getString("userName", null)))
                .map(e -> e.getString("kind")).toList();
        assertThat(kinds).contains("LOGIN_FAILED", "LOGIN_THROTTLED", "ACCOUNT_CREATED");
    }

    @Test
    void aPlannerLimitedToOneAreaCannotChangeAnotherAreasActions() {
        ApiClient rcPlanner = ApiClient.as(url, TestAccounts.RC_PLANNER);
        JsonObject rcAction = first(rcPlanner, "rc-system");
        JsonObject otherAction = first(rcPlanner, "funding-compact");
        Reply own = rcPlanner.putJson("items/" + rcAction.getJsonNumber("id"), "\"" + rcAction.getInt("version") + "\"",
                "{\"responsible\":\"RC office\"}");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        Reply other = rcPlanner.putJson("items/" + otherAction.getJsonNumber("id"),
                "\"" + otherAction.getInt("version") + "\"", "{\"responsible\":\"RC office\"}");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).contains("rc-system").contains("funding-compact");
        Reply link = rcPlanner.postJson("dependencies", "{\"from\":" + rcAction.getJsonNumber("id") + ",\"to\":"
                + otherAction.getJsonNumber("id") + ",\"type\":\"FS\"}");
        assertThat(link.status()).isEqualTo(403);
        assertThat(rcPlanner.post("import/report?plan=x", "text/plain", "x").status()).isEqualTo(403);
        JsonObject unchanged = rcPlanner.get("items/" + otherAction.getJsonNumber("id")).object();
        assertThat(unchanged.getInt("version")).isEqualTo(otherAction.getInt("version"));
    }

    @Test
    void accountChangesNeedTheCurrentVersionAndTheLastAdministratorStays() {
        ApiClient admin = new ApiClient(url);
        String user = newAccount("viewer");
        Reply read = admin.get("accounts/" + user);
        String etag = read.header("ETag");
        assertThat(admin.putJson("accounts/" + user, etag, "{\"roles\":[\"planner\"]}").status()).isEqualTo(200);
        Reply stale = admin.putJson("accounts/" + user, etag, "{\"roles\":[\"admin\"]}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(admin.get("accounts/" + user).object().getJsonArray("roles").getString(0)).isEqualTo("planner");
        Reply unknownRole = admin.putJson("accounts/" + user, admin.get("accounts/" + user).header("ETag"),
                "{\"roles\":[\"superuser\"]}");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.body()).contains("superuser");
        assertThat(admin.delete("accounts/admin", null).status()).as("nobody deletes their own account").isEqualTo(422);
        assertThat(admin.delete("accounts/" + user, null).status()).isEqualTo(204);
        assertThat(admin.get("accounts/" + user).status()).isEqualTo(404);
    }

    private String newAccount(String role) {
        String user = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Reply created = new ApiClient(url).postJson("accounts", "{\"userName\":\"" + user + "\",\"password\":\""
                + TEMPORARY + "\",\"roles\":[\"" + role + "\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return user;
    }

    private ApiClient basic(String user, String password) {
        return ApiClient.anonymous(url).withAuthorization(TestAccounts.basic(user, password));
    }

    private static Reply changePassword(ApiClient client, String current, String next) {
        return client.postJson("account/password", "{\"currentPassword\":\"" + current + "\",\"newPassword\":\""
                + next + "\"}");
    }

    private static JsonObject first(ApiClient client, String area) {
        return client.get("items?area=" + area).array().getValuesAs(JsonObject.class).stream()
                .filter(i -> !i.getBoolean("archived", false)).findFirst().orElseThrow();
    }

    private static Reply awaitNotThrottled(ApiClient client) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Reply reply = client.get("account");
        while (reply.status() == 429 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(Long.parseLong(reply.header("Retry-After")) * 1000).toNanos());
            reply = client.get("account");
        }
        return reply;
    }
}
