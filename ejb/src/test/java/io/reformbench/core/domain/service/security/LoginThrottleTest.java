package io.reformbench.core.domain.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void letsAFewMistakesThroughWithoutWaiting() {
        fail("amina", "10.0.0.1", LoginThrottle.PAIR_ALLOWANCE);
        assertThat(throttle.waitBefore("amina", "10.0.0.1")).isEmpty();
    }

    @Test
    void beyondTheAllowanceEachFailureDoublesTheWait() {
        fail("amina", "10.0.0.1", LoginThrottle.PAIR_ALLOWANCE + 1);
        assertThat(throttle.waitBefore("amina", "10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        fail("amina", "10.0.0.1", 1);
        assertThat(throttle.waitBefore("amina", "10.0.0.1")).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        fail("amina", "10.0.0.1", 1);
        assertThat(throttle.waitBefore("amina", "10.0.0.1")).contains(Duration.ofSeconds(4));
    }

    @Test
    void theWaitNeverExceedsFifteenMinutes() {
        fail("amina", "10.0.0.1", 60);
        assertThat(throttle.waitBefore("amina", "10.0.0.1")).hasValueSatisfying(
                wait -> assertThat(wait).isLessThanOrEqualTo(LoginThrottle.LONGEST_WAIT));
    }

    @Test
    void anAttackerAtOneAddressDoesNotLockTheOwnerOutElsewhere() {
        fail("amina", "203.0.113.9", LoginThrottle.PAIR_ALLOWANCE + 3);
        assertThat(throttle.waitBefore("amina", "203.0.113.9")).isPresent();
        assertThat(throttle.waitBefore("amina", "10.0.0.1")).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDown() {
        for (int i = 0; i <= LoginThrottle.ADDRESS_ALLOWANCE; i++) {
            throttle.failed("user" + i, "203.0.113.9");
        }
        assertThat(throttle.waitBefore("someone-else", "203.0.113.9")).isPresent();
        assertThat(throttle.waitBefore("someone-else", "10.0.0.1")).isEmpty();
    }

    @Test
    void oneAccountAttackedFromManyAddressesIsSlowedDown() {
        for (int i = 0; i <= LoginThrottle.ACCOUNT_ALLOWANCE; i++) {
            throttle.failed("amina", "198.51.100." + i);
        }
        assertThat(throttle.waitBefore("amina", "10.0.0.1")).isPresent();
    }

    @Test
    void aFailedTokenCountsAgainstItsAddressOnly() {
        for (int i = 0; i < LoginThrottle.ADDRESS_ALLOWANCE; i++) {
            throttle.failed(null, "203.0.113.9");
        }
        assertThat(throttle.waitBefore(null, "203.0.113.9")).isEmpty();
        assertThat(throttle.waitBefore("amina", "203.0.113.9")).isEmpty();
        throttle.failed(null, "203.0.113.9");
        assertThat(throttle.waitBefore(null, "203.0.113.9")).isPresent();
        assertThat(throttle.waitBefore("amina", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessClearsTheFailuresAtThatAddress() {
        fail("amina", "10.0.0.1", LoginThrottle.PAIR_ALLOWANCE + 1);
        clock.advance(Duration.ofSeconds(2));
        throttle.succeeded("amina", "10.0.0.1");
        fail("amina", "10.0.0.1", 1);
        assertThat(throttle.waitBefore("amina", "10.0.0.1")).isEmpty();
    }

    @Test
    void oldFailuresAreForgotten() {
        fail("amina", "10.0.0.1", LoginThrottle.PAIR_ALLOWANCE + 1);
        clock.advance(LoginThrottle.MEMORY.plusMinutes(1));
        fail("amina", "10.0.0.1", 1);
        assertThat(throttle.waitBefore("amina", "10.0.0.1")).isEmpty();
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
