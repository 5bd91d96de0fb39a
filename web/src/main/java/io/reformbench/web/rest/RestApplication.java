package io.reformbench.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Puts the REST API under {@code /api}. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
