package io.reformbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.web.testing.ApiClient;
import io.reformbench.web.testing.ApiClient.Reply;
import io.reformbench.web.testing.Deployments;
import io.reformbench.web.testing.TestAccounts;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST endpoint, for anonymous callers and each role: allowed or refused as the rules below say. The endpoints
 * come from the compiled resource classes, so an endpoint added without a rule here fails the test. Requests use ids
 * no object has and bodies that are not valid, so an allowed call is answered 4xx for its input and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> CALLERS = List.of(ANONYMOUS, TestAccounts.VIEWER, TestAccounts.PLANNER,
            TestAccounts.MODULE_TEAM, TestAccounts.ADMIN);
    private static final Set<String> READERS = Set.of(TestAccounts.VIEWER, TestAccounts.PLANNER,
            TestAccounts.MODULE_TEAM, TestAccounts.ADMIN);
    private static final Set<String> PLANNERS = Set.of(TestAccounts.PLANNER, TestAccounts.ADMIN);
    private static final Set<String> MODULE_TEAMS = Set.of(TestAccounts.MODULE_TEAM, TestAccounts.ADMIN);
    private static final Set<String> ADMINS = Set.of(TestAccounts.ADMIN);
    private static final Set<String> EVERYONE = Set.of(ANONYMOUS, TestAccounts.VIEWER, TestAccounts.PLANNER,
            TestAccounts.MODULE_TEAM, TestAccounts.ADMIN);

    /** Who may call each endpoint. */
    private static final Map<String, Set<String>> RULES = rules();

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.workbench();
    }

    private static Map<String, Set<String>> rules() {
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        rules.put("GET health", EVERYONE);
        for (String read : List.of("GET plans", "GET plans/{key}/revision", "GET areas", "GET items", "GET items/{id}",
                "GET items/{id}/history", "GET items/{id}/problems", "GET items/{id}/comments", "GET dependencies",
                "GET dependencies/{id}", "GET schedule", "GET baselines", "GET baselines/{id}",
                "GET baselines/{id}/variance", "GET plugins", "GET plugins/{id}", "GET account", "GET account/tokens", "POST account/password",
                "POST account/tokens", "DELETE account/tokens/{id}")) {
            rules.put(read, READERS);
        }
        for (String plan : List.of("POST items", "PUT items/{id}", "DELETE items/{id}", "POST dependencies",
                "PUT dependencies/{id}", "DELETE dependencies/{id}", "POST items/{id}/comments",
                "DELETE items/{id}/comments/{commentId}", "POST schedule/preview", "POST schedule/apply",
                "POST baselines", "POST import/report")) {
            rules.put(plan, PLANNERS);
        }
        for (String plugin : List.of("POST plugins", "POST plugins/check", "PUT plugins/{id}", "DELETE plugins/{id}",
                "POST plugins/{id}/start", "POST plugins/{id}/stop")) {
            rules.put(plugin, MODULE_TEAMS);
        }
        for (String admin : List.of("GET accounts", "POST accounts", "GET accounts/{userName}",
                "PUT accounts/{userName}", "DELETE accounts/{userName}", "POST accounts/{userName}/password",
                "GET security/events")) {
            rules.put(admin, ADMINS);
        }
        return rules;
    }

    @Test
    void everyEndpointHasARule() {
        assertThat(RULES.keySet()).as("endpoints with a rule in this test")
                .containsExactlyInAnyOrderElementsOf(RestEndpoints.all());
    }

    @Test
    void everyCallerIsAllowedOrRefusedAsTheRulesSay() {
        Map<String, ApiClient> clients = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            clients.put(caller, caller.equals(ANONYMOUS) ? ApiClient.anonymous(url) : ApiClient.as(url, caller));
        }
        List<String> wrong = new ArrayList<>();
        for (String endpoint : RestEndpoints.all()) {
            for (String caller : CALLERS) {
                Reply reply = call(clients.get(caller), endpoint);
                boolean allowed = RULES.getOrDefault(endpoint, Set.of()).contains(caller);
                int expectedRefusal = caller.equals(ANONYMOUS) ? 401 : 403;
                boolean asRuled = allowed ? reply.status() != 401 && reply.status() != 403
                        : reply.status() == expectedRefusal && reply.body().contains(expectedRefusal == 401
                                ? "\"unauthenticated\"" : "\"forbidden\"");
                if (!asRuled) {
                    wrong.add(endpoint + " as " + caller + ": " + reply.status() + " (" + (allowed ? "allowed" : "refused")
                            + " by the rules) " + reply.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void refusalsAreInTheSecurityLog() {
        ApiClient.as(url, TestAccounts.VIEWER).postJson("baselines", "{}");
        List<String> events = new ApiClient(url).get("security/events?limit=50").array()
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(e -> e.getString("kind") + " " + e.getString("userName", "") + " " + e.getString("detail", ""))
                .toList();
        assertThat(events).anyMatch(e -> e.startsWith("ACCESS_DENIED " + TestAccounts.VIEWER)
                && e.contains("POST BaselineResource.create"));
    }

    private static Reply call(ApiClient client, String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1].replace("{id}", "987654321").replace("{commentId}", "987654322")
                .replace("{key}", "no-such-plan")
                .replace("{userName}", "no-such-user");
        return switch (parts[0]) {
            case "GET", "DELETE", "HEAD" -> client.send(parts[0], path, null, null);
            default -> path.startsWith("plugins") ? client.upload(parts[0], path, new byte[0])
                    : path.startsWith("import") ? client.send(parts[0], path, "text/plain; charset=UTF-8", "")
                    : client.send(parts[0], path, "application/json", "{\"unknownField\":1}");
        };
    }
}
