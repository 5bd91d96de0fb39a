package io.reformbench.web.testing;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The accounts integration tests sign in as, made through the API the way an administrator would: the initial
 * administrator's password from {@code initialAdminPassword} is replaced, then one account per role is created, and
 * each gets an API token. A database kept from an earlier run is brought back to the same state.
 */
public final class TestAccounts {

    public static final String ADMIN = "admin";
    public static final String VIEWER = "test-viewer";
    public static final String PLANNER = "test-planner";
    /** A planner limited to the area {@code rc-system}. */
    public static final String RC_PLANNER = "test-rc-planner";
    public static final String MODULE_TEAM = "test-module-team";
    /** The password every test account ends up with. */
    public static final String PASSWORD = "Quiet-Harbour-Lantern-2019";
    static final String TEMPORARY = "Temporary-Kestrel-Orchard-88";

    private static final Map<String, String[]> ROLES = Map.of(VIEWER, new String[] {"viewer"},
            PLANNER, new String[] {"planner"}, RC_PLANNER, new String[] {"planner"},
            MODULE_TEAM, new String[] {"module-team"});
    /** One server database per test run, whatever port each test class's server listens on. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final String TOKEN_NAME = "integration tests";

    private TestAccounts() {
    }

    /** An API token of the user, made once per server and test run. */
    public static synchronized String token(URI apiBase, String user) {
        if (TOKENS.isEmpty()) {
            adminReady(apiBase);
        }
        return TOKENS.computeIfAbsent(user, name -> {
            if (!name.equals(ADMIN)) {
                accountReady(apiBase, name);
            }
            return newToken(apiBase, name);
        });
    }

    /** The {@code Authorization} value for HTTP Basic with a user name and password. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The initial administrator password file of the test server's data directory. */
    public static Path initialPasswordFile() {
        return Path.of(System.getProperty("reformbench.test.data", "target/it-data"), "initialAdminPassword");
    }

    private static void adminReady(URI apiBase) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (admin(apiBase).get("account").status() == 200) {
                return;
            }
            Path file = initialPasswordFile();
            if (Files.isRegularFile(file)) {
                String initial = read(file);
                ApiClient.Reply changed = ApiClient.withAuthorization(apiBase, basic(ADMIN, initial)).postJson(
                        "account/password", passwordChange(initial, PASSWORD));
                if (changed.status() == 204) {
                    return;
                }
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        throw new IllegalStateException("Cannot sign in as the administrator: neither " + initialPasswordFile()
                + " nor the test password works.");
    }

    private static void accountReady(URI apiBase, String user) {
        ApiClient admin = admin(apiBase);
        String roles = Json.createArrayBuilder(java.util.List.of(ROLES.get(user))).build().toString();
        String areas = user.equals(RC_PLANNER) ? "[\"rc-system\"]" : "[]";
        ApiClient.Reply created = admin.postJson("accounts", "{\"userName\":\"" + user + "\",\"password\":\""
                + TEMPORARY + "\",\"roles\":" + roles + ",\"areas\":" + areas + "}");
        if (created.status() != 201) {
            ApiClient.Reply current = admin.get("accounts/" + user);
            expect(current, 200);
            expect(admin.putJson("accounts/" + user, current.header("ETag"), "{\"roles\":" + roles + ",\"areas\":"
                    + areas + ",\"enabled\":true}"), 200);
            expect(admin.postJson("accounts/" + user + "/password", "{\"password\":\"" + TEMPORARY + "\"}"), 204);
        }
        expect(ApiClient.withAuthorization(apiBase, basic(user, TEMPORARY)).postJson("account/password",
                passwordChange(TEMPORARY, PASSWORD)), 204);
    }

    private static String newToken(URI apiBase, String user) {
        ApiClient owner = ApiClient.withAuthorization(apiBase, basic(user, PASSWORD));
        owner.get("account/tokens").array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(old -> old.getString("name").equals(TOKEN_NAME))
                .forEach(old -> owner.delete("account/tokens/" + old.getJsonNumber("id").longValue(), null));
        ApiClient.Reply token = owner.postJson("account/tokens", "{\"name\":\"" + TOKEN_NAME + "\"}");
        expect(token, 201);
        return token.object().getString("token");
    }

    private static ApiClient admin(URI apiBase) {
        return ApiClient.withAuthorization(apiBase, basic(ADMIN, PASSWORD));
    }

    static String passwordChange(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString();
    }

    private static void expect(ApiClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("Setting up the test accounts failed: expected " + status + ", got " + reply);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
