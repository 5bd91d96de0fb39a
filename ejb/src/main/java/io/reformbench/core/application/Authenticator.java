package io.reformbench.core.application;

import java.time.Duration;
import java.util.Optional;

/** Checks credentials (with throttling and the security log) and tells who a signed-in user is now. */
public interface Authenticator {

    /** A user name and its password, or one of the user's API tokens in place of the password. */
    Result byPassword(String userName, String password, String address);

    /** A personal API token alone, as sent in {@code Authorization: Bearer}. */
    Result byToken(String token, String address);

    /** The caller as the account stands now; empty when it was deleted or disabled since sign-in. */
    Optional<Caller> current(String userName);

    /** The outcome of a check: the caller, or why not, and for throttling how long to wait. */
    record Result(Outcome outcome, Caller caller, Duration retryAfter) {

        public static Result success(Caller caller) {
            return new Result(Outcome.SUCCESS, caller, Duration.ZERO);
        }

        public static Result invalid() {
            return new Result(Outcome.INVALID, null, Duration.ZERO);
        }

        public static Result throttled(Duration wait) {
            return new Result(Outcome.THROTTLED, null, wait);
        }

        public boolean succeeded() {
            return outcome == Outcome.SUCCESS;
        }
    }

    /** Whether the credentials were accepted. */
    enum Outcome { SUCCESS, INVALID, THROTTLED }
}
