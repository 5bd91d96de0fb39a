package io.reformbench.web.rest;

import io.reformbench.core.application.InvalidInputException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Reads the version a client based its change on, from {@code If-Match: "3"} or, failing that, the body. */
final class IfMatch {

    private IfMatch() {
    }

    static long requiredVersion(String header, JsonObject body) {
        Long version = optionalVersion(header);
        if (version != null) {
            return version;
        }
        if (body.get("version") instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        throw new WebApplicationException(Response.status(428).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorDto("precondition_required", "Send If-Match: \"<version>\" with the version "
                        + "you read (the ETag of GET /api/items/{id}), so no one else's change is overwritten.",
                        List.of()))
                .build());
    }

    static Long optionalVersion(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "'" + header + "' is not a version; send the ETag you read, e.g. \"3\".");
        }
    }
}
