package io.reformbench.web.rest.error;

import io.reformbench.web.rest.ErrorDto;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds the API's one error shape with a status. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response of(int status, String code, String message, List<?> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorDto(code, message, details))
                .build();
    }
}
