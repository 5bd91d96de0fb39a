package io.reformbench.core.application;

import io.reformbench.core.domain.service.security.PasswordProblem;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** A new password breaks the password policy; the problem's code lets pages say why in the user's language. */
@ApplicationException(rollback = true)
public class PasswordRejectedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final PasswordProblem problem;

    public PasswordRejectedException(String field, PasswordProblem problem) {
        super(List.of(new FieldProblem(field, problem.message())));
        this.problem = problem;
    }

    public PasswordProblem problem() {
        return problem;
    }
}
