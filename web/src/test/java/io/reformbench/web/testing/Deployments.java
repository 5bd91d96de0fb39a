package io.reformbench.web.testing;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The workbench as built by Maven, deployed whole: tests exercise exactly what users run. */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The deployment's address on 127.0.0.1, where the server listens, whatever host name the container reports.
     * The first call per address waits until the workbench reports itself UP: Payara Micro reports the archive
     * deployed before its start-up beans (migrations, plugins, demo plan) have finished.
     */
    public static URI loopback(URL deploymentUrl) {
        String path = deploymentUrl.getPath().endsWith("/") ? deploymentUrl.getPath() : deploymentUrl.getPath() + "/";
        URI base = URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + path);
        if (READY.add(base)) {
            awaitHealthy(base);
        }
        return base;
    }

    private static final Set<URI> READY = ConcurrentHashMap.newKeySet();

    private static void awaitHealthy(URI base) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("api/health")).timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the workbench", e);
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        READY.remove(base);
        throw new IllegalStateException("The workbench at " + base + " did not report UP within 5 minutes.");
    }

    public static WebArchive workbench() {
        File war = new File(System.getProperty("reformbench.war", "target/reformbench.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath() + " is missing.");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
