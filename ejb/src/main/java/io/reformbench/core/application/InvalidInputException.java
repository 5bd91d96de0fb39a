package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input broke one or more rules; every broken rule is listed with its field, and nothing was written. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    private static String summary(List<FieldProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (FieldProblem problem : problems) {
            text.append(text.length() == 0 ? "" : " ").append(problem.field()).append(": ").append(problem.message());
        }
        return text.toString();
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One broken rule: the field, by its API name, and what is wrong with it. */
    public record FieldProblem(String field, String message) implements java.io.Serializable {
    }
}
