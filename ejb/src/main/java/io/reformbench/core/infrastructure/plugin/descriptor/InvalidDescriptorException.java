package io.reformbench.core.infrastructure.plugin.descriptor;

import java.util.List;

/** {@code plugin.xml} could not be read or broke the schema; carries every error found, with line numbers. */
public class InvalidDescriptorException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> errors;

    /** @param errors every error found, one line each */
    public InvalidDescriptorException(List<String> errors) {
        super("plugin.xml is not valid: " + String.join("; ", errors)
                + ". Fix it against plugin.xsd from the plugin API.");
        this.errors = List.copyOf(errors);
    }

    /** Every error found. */
    public List<String> errors() {
        return errors;
    }
}
