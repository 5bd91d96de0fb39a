package io.reformbench.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.web.testing.ApiClient.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A plan imported from a fixture report under a fresh key, with its actions looked up by number. */
public final class TestPlan {

    private final ApiClient api;
    private final String key;
    private final Map<String, Long> ids = new LinkedHashMap<>();

    private TestPlan(ApiClient api, String key) {
        this.api = api;
        this.key = key;
        for (JsonObject item : api.get("items?plan=" + key).array().getValuesAs(JsonObject.class)) {
            ids.put(item.getString("number"), item.getJsonNumber("id").longValue());
        }
    }

    /** Imports {@code /reports/<fixture>} as a new plan, checking that the import found no problems. */
    public static TestPlan imported(ApiClient api, String fixture) {
        String key = fixture.replaceAll("[^a-z0-9]+", "-").replaceAll("-txt$", "") + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Reply reply = api.post("import/report?plan=" + key + "&source=" + fixture, "text/plain; charset=UTF-8",
                read(fixture));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.object().getJsonArray("problems")).as(reply.toString()).isEmpty();
        return new TestPlan(api, key);
    }

    /** A whole action number no action of the plan has yet, so a test can run again on the same database. */
    public static String freeNumber(ApiClient api, String plan) {
        int highest = api.get("items?plan=" + plan).array().getValuesAs(JsonObject.class).stream()
                .mapToInt(item -> Integer.parseInt(item.getString("number").split("\\.")[0])).max().orElse(0);
        return String.valueOf(highest + 1);
    }

    public String key() {
        return key;
    }

    public long id(String number) {
        Long id = ids.get(number);
        if (id == null) {
            throw new AssertionError("The plan " + key + " has no action " + number + "; it has " + ids.keySet());
        }
        return id;
    }

    /** The action as the server holds it now. */
    public JsonObject item(String number) {
        Reply reply = api.get("items/" + id(number));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    public long version(String number) {
        return item(number).getJsonNumber("version").longValue();
    }

    /** Sets planned dates (an end of null makes the action open-ended) at the action's current version. */
    public void plan(String number, String start, String end) {
        String body = "{\"plannedStart\":" + quoted(start) + ",\"plannedEnd\":" + quoted(end) + "}";
        Reply reply = api.putJson("items/" + id(number), "\"" + version(number) + "\"", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /** Links two actions by number and returns the new dependency's id. */
    public long link(String from, String to, String type, int lagDays) {
        Reply reply = api.postJson("dependencies", "{\"from\":" + id(from) + ",\"to\":" + id(to) + ",\"type\":\""
                + type + "\",\"lagDays\":" + lagDays + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getJsonNumber("id").longValue();
    }

    /** The dates and version of each action, e.g. {@code 3=2023-03-13..2023-04-01 v2}, to compare states. */
    public List<String> state(String... numbers) {
        return Arrays.stream(numbers).map(number -> {
            JsonObject item = item(number);
            return number + "=" + text(item, "plannedStart") + ".." + text(item, "plannedEnd")
                    + " v" + item.getJsonNumber("version").longValue();
        }).toList();
    }

    private static String text(JsonObject item, String field) {
        return item.isNull(field) ? "…" : item.getString(field);
    }

    private static String quoted(String date) {
        return date == null ? "null" : "\"" + date + "\"";
    }

    public static String read(String fixture) {
        try (InputStream in = TestPlan.class.getResourceAsStream("/reports/" + fixture)) {
            if (in == null) {
                throw new IllegalStateException("No fixture /reports/" + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
