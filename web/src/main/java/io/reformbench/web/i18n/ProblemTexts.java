package io.reformbench.web.i18n;

import io.reformbench.core.application.AccessDeniedException;
import io.reformbench.core.application.AccountChangedException;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.PasswordRejectedException;
import io.reformbench.core.application.RuleViolationException;
import io.reformbench.core.application.UnknownAccountException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.stream.Collectors;

/**
 * Says why the core refused a request, in the user's language: by the problem's code or field where the bundle
 * knows it, else in the core's own (English) words, which always say what to do.
 */
@RequestScoped
public class ProblemTexts {

    @Inject
    Messages messages;

    public String of(RuntimeException refusal) {
        if (refusal instanceof PasswordRejectedException rejected) {
            return messages.get("password.problem." + rejected.problem().name());
        }
        if (refusal instanceof InvalidInputException invalid) {
            return invalid.problems().stream()
                    .map(p -> messages.find("problem.field." + p.field()).orElse(p.message()))
                    .collect(Collectors.joining(" "));
        }
        if (refusal instanceof RuleViolationException rule) {
            return messages.find("problem.rule." + rule.code()).orElse(rule.getMessage());
        }
        if (refusal instanceof AccountChangedException) {
            return messages.get("problem.accountChanged");
        }
        if (refusal instanceof AccessDeniedException) {
            return messages.get("problem.accessDenied");
        }
        if (refusal instanceof UnknownAccountException) {
            return messages.get("problem.unknownAccount");
        }
        return refusal.getMessage();
    }
}
