package io.reformbench.web.rest;

import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.infrastructure.plugin.ArchiveLimits;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads an uploaded plugin archive into memory, refusing more than an archive may hold before reading it all. */
final class Uploads {

    private Uploads() {
    }

    static byte[] read(EntityPart file) throws IOException {
        if (file == null) {
            throw new InvalidInputException("file", "Send the plugin jar as the multipart field 'file'.");
        }
        long limit = ArchiveLimits.DEFAULT.maxBytes();
        try (InputStream in = file.getContent()) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw new WebApplicationException(Response.status(413).type(MediaType.APPLICATION_JSON)
                        .entity(new ErrorDto("too_large", "A plugin archive may be at most " + limit
                                + " bytes; nothing was installed.", List.of()))
                        .build());
            }
            return bytes;
        }
    }
}
