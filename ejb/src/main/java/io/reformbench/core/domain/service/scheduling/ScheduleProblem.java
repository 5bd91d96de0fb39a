package io.reformbench.core.domain.service.scheduling;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A problem with the planned dates of one action, kept as a code and arguments so that each user reads it in
 * their own language.
 *
 * @param taskId    the action the problem is shown on (for a broken link, the successor)
 * @param code      what is wrong
 * @param arguments the values the message names, in the order {@link ProblemCode} lists them
 */
public record ScheduleProblem(long taskId, ProblemCode code, List<Object> arguments) {

    static final String BUNDLE = "io.reformbench.core.domain.service.scheduling.ScheduleMessages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public ScheduleProblem {
        Objects.requireNonNull(code, "code");
        arguments = arguments.stream().map(ScheduleProblem::displayable).toList();
    }

    static ScheduleProblem of(long taskId, ProblemCode code, Object... arguments) {
        return new ScheduleProblem(taskId, code, Arrays.asList(arguments));
    }

    /** The message in the locale's language, English when the workbench has no translation for it. */
    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        MessageFormat format = new MessageFormat(bundle.getString(code.name()), locale);
        return format.format(arguments.toArray());
    }

    /** Dates travel as ISO text, a missing one as an ellipsis: MessageFormat cannot format LocalDate itself. */
    private static Object displayable(Object argument) {
        if (argument == null) {
            return "…";
        }
        if (argument instanceof LocalDate || argument instanceof Enum<?>) {
            return argument.toString();
        }
        return argument;
    }
}
