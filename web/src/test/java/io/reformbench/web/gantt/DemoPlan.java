package io.reformbench.web.gantt;

import io.reformbench.web.testing.ApiClient;
import io.reformbench.web.testing.TestPlan;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The demo plan through the REST API, for setting up and checking what the Gantt page did. */
final class DemoPlan {

    private final ApiClient api;

    DemoPlan(ApiClient api) {
        this.api = api;
    }

    JsonObject item(long id) {
        return api.get("items/" + id).object();
    }

    long link(long from, long to) {
        ApiClient.Reply reply = api.postJson("dependencies", "{\"from\":" + from + ",\"to\":" + to + ",\"type\":\"FS\"}");
        if (reply.status() != 201) {
            throw new AssertionError("Could not link " + from + " to " + to + ": " + reply);
        }
        return reply.object().getJsonNumber("id").longValue();
    }

    JsonObject dependency(long id) {
        return api.get("dependencies/" + id).object();
    }

    /** The comments on an action as {@code author: text}, oldest first. */
    java.util.List<String> comments(long id) {
        return api.get("items/" + id + "/comments").array().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("author") + ": " + c.getString("text")).toList();
    }

    void comment(long id, String text) {
        ApiClient.Reply reply = api.postJson("items/" + id + "/comments", Json.createObjectBuilder().add("text", text)
                .build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("Could not comment on " + id + ": " + reply);
        }
    }

    boolean linked(long from, long to) {
        return api.get("dependencies").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getJsonNumber("from").longValue() == from && d.getJsonNumber("to").longValue() == to);
    }

    /** The scheduler's problem codes for one action. */
    java.util.List<String> problems(long id) {
        return api.get("schedule").object().getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("item").longValue() == id).map(p -> p.getString("code")).toList();
    }

    JsonObject action(String number) {
        return api.get("items").array().getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("number").equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("The demo plan has no action " + number));
    }

    /** The action once its version has moved past the one given, or null while it has not. */
    JsonObject changed(JsonObject before) {
        JsonObject now = action(before.getString("number"));
        return now.getJsonNumber("version").longValue() > before.getJsonNumber("version").longValue() ? now : null;
    }

    /** A number no action of the plan has yet, so a test can be run again on the same database. */
    String nextNumber() {
        return TestPlan.freeNumber(api, "unds-reform-2019");
    }

    long create(String number, String title) {
        return create(number, title, "2019-03-01", "2019-09-30");
    }

    long create(String number, String title, String start, String end) {
        String area = api.get("areas").array().getJsonObject(0).getString("key");
        String body = Json.createObjectBuilder().add("number", number).add("area", area)
                .add("title", Json.createObjectBuilder().add("zh", title).add("en", title))
                .add("plannedStart", start).add("plannedEnd", end).build().toString();
        ApiClient.Reply reply = api.postJson("items", body);
        if (reply.status() != 201) {
            throw new AssertionError("Could not create action " + number + ": " + reply);
        }
        return reply.object().getJsonNumber("id").longValue();
    }
}
