package io.reformbench.web.rest;

import java.util.List;

/** The one shape of every error the API returns. */
public record ErrorDto(String error, String message, List<?> details) {
}
