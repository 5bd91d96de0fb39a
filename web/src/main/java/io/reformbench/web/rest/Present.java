package io.reformbench.web.rest;

import java.util.function.Consumer;

/** A JSON field's value when the field may be absent, null, or set: absence and null mean different things. */
record Present<T>(boolean present, T value) {

    static <T> Present<T> absent() {
        return new Present<>(false, null);
    }

    static <T> Present<T> of(T value) {
        return new Present<>(true, value);
    }

    void ifPresent(Consumer<T> action) {
        if (present) {
            action.accept(value);
        }
    }
}
