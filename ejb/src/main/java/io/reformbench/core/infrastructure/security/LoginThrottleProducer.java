package io.reformbench.core.infrastructure.security;

import io.reformbench.core.domain.service.security.LoginThrottle;
import io.reformbench.core.domain.service.security.PasswordPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;

/** One login throttle and one password policy for the whole server (the throttle's counts live in memory). */
@ApplicationScoped
public class LoginThrottleProducer {

    @Inject
    Clock clock;

    @Produces
    @Singleton
    LoginThrottle throttle() {
        return new LoginThrottle(clock);
    }

    @Produces
    @Singleton
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy();
    }
}
