package io.reformbench.web.rest;

import io.reformbench.core.domain.model.shared.LocalizedText;

/** A text in Chinese and English. */
public record TextDto(String zh, String en) {

    static TextDto of(LocalizedText text) {
        return text == null ? new TextDto(null, null) : new TextDto(text.zh(), text.en());
    }
}
