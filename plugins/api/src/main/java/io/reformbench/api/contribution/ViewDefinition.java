package io.reformbench.api.contribution;

import java.util.Objects;
import java.util.Optional;

/**
 * A Facelets page inside a plugin bundle, listed in the workbench's navigation.
 *
 * @param key unique within the plugin
 * @param area the area the page belongs to, empty for a page of its own
 * @param page the page's path inside the bundle, such as {@code views/funding.xhtml}
 * @param label the navigation label per language
 * @param order position in the navigation
 * @param messages the base path of the page's own message files inside the bundle, such as
 *                 {@code views/messages} for {@code views/messages_zh.properties}; empty when it has none
 * @since 1.0
 */
public record ViewDefinition(String key, Optional<String> area, String page, LocalizedText label, int order,
                             Optional<String> messages) {

    /** Checks that the parts are present. */
    public ViewDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(messages, "messages");
    }
}
