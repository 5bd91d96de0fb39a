package io.reformbench.core.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The workbench's clock: UTC everywhere, so stored times compare across servers, and whole seconds, because
 * MySQL Connector/J takes MariaDB for a server without fractional seconds and would drop them on the way in.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.tickSeconds(ZoneOffset.UTC);
    }
}
