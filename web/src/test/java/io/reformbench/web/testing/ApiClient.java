package io.reformbench.web.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for the workbench's REST API in integration tests; talks to 127.0.0.1 only. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    /** A client signed in as the administrator, who holds every role. */
    public ApiClient(URL deploymentUrl) {
        this(deploymentUrl, TestAccounts.ADMIN);
    }

    private ApiClient(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    private ApiClient(URL deploymentUrl, String user) {
        this.base = Deployments.loopback(deploymentUrl).resolve("api/");
        this.authorization = "Bearer " + TestAccounts.token(base, user);
    }

    /** A client signed in with the API token of one of {@link TestAccounts}' users. */
    public static ApiClient as(URL deploymentUrl, String user) {
        return new ApiClient(deploymentUrl, user);
    }

    /** A client that sends no credentials. */
    public static ApiClient anonymous(URL deploymentUrl) {
        return new ApiClient(Deployments.loopback(deploymentUrl).resolve("api/"), null);
    }

    /** A client that sends this {@code Authorization} header value (or none, for null). */
    public static ApiClient withAuthorization(URI apiBase, String authorization) {
        return new ApiClient(apiBase, authorization);
    }

    /** The same server, another {@code Authorization} header value. */
    public ApiClient withAuthorization(String value) {
        return new ApiClient(base, value);
    }

    /** Any request with any method, body and headers (name, value pairs). */
    public Reply send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(headers.length == 0 ? request : request.headers(headers));
    }

    /** A GET with optional extra headers as name, value pairs, e.g. {@code "Accept-Language", "zh"}. */
    public Reply get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        return send(headers.length == 0 ? request : request.headers(headers));
    }

    public Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Reply postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    public Reply putJson(String path, String ifMatch, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    /** Sends a file as the multipart field {@code file}, as a browser form would. */
    public Reply upload(String method, String path, byte[] file) {
        String boundary = "----reformbench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plugin.jar\"\r\n"
                + "Content-Type: application/java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply post(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Reply delete(String path, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).DELETE();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    private Reply send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response);
        } catch (IOException e) {
            throw new IllegalStateException("The workbench did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** A response with its body read as JSON on demand. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (status " + status() + "): " + response.body(), e);
            }
        }

        @Override
        public String toString() {
            return status() + " " + response.body();
        }
    }
}
