package io.reformbench.web.testing;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The workbench as built by Maven, deployed whole: tests exercise exactly what users run. */
public final class Deployments {

    private Deployments() {
    }

    /** The deployment's address on 127.0.0.1, where the server listens, whatever host name the container reports. */
    public static URI loopback(URL deploymentUrl) {
        String path = deploymentUrl.getPath().endsWith("/") ? deploymentUrl.getPath() : deploymentUrl.getPath() + "/";
        return URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + path);
    }

    public static WebArchive workbench() {
        File war = new File(System.getProperty("reformbench.war", "target/reformbench.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath() + " is missing.");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
