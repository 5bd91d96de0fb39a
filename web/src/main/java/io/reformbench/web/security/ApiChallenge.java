package io.reformbench.web.security;

import io.reformbench.core.application.Authenticator.Result;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers bad API credentials in the API's error shape: 401 with a challenge, or 429 with Retry-After. */
@ApplicationScoped
public class ApiChallenge {

    AuthenticationStatus refuse(HttpServletResponse response, Result result) {
        boolean throttled = result != null && !result.retryAfter().isZero();
        if (throttled) {
            long seconds = result.retryAfter().toSeconds() + 1;
            response.setHeader("Retry-After", String.valueOf(seconds));
            write(response, 429, "too_many_attempts",
                    "Too many failed sign-ins; try again in " + seconds + " seconds.");
        } else {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"reformbench\", Basic realm=\"reformbench\"");
            write(response, 401, "unauthenticated", result == null
                    ? "The Authorization header is not one this workbench reads: send Bearer <token> or Basic."
                    : "The user name, password or API token is not valid.");
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static void write(HttpServletResponse response, int status, String code, String message) {
        try {
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("error", code).add("message", message)
                    .add("details", Json.createArrayBuilder()).build().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
