package io.reformbench.api.contribution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One text in several languages, keyed by language tag ({@code zh}, {@code en}).
 *
 * @param texts the texts by language, in the order written
 * @since 1.0
 */
public record LocalizedText(Map<String, String> texts) {

    /** The language shown when the asked one is missing. */
    public static final String FALLBACK_LANGUAGE = "en";

    /**
     * Freezes the texts.
     *
     * @throws IllegalArgumentException when there is no text at all
     */
    public LocalizedText {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("A localized text needs at least one language.");
        }
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /**
     * A text in one language.
     *
     * @param language the language tag
     * @param text the text
     * @return the localized text
     */
    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /**
     * A text in Chinese and English, the workbench's two languages.
     *
     * @param chinese the Chinese text
     * @param english the English text
     * @return the localized text
     */
    public static LocalizedText zhEn(String chinese, String english) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("zh", chinese);
        texts.put("en", english);
        return new LocalizedText(texts);
    }

    /**
     * The text in a language, or in English, or in the first language written.
     *
     * @param language the language tag wanted
     * @return the best text there is
     */
    public String in(String language) {
        return exactly(language)
                .or(() -> exactly(FALLBACK_LANGUAGE))
                .orElseGet(() -> texts.values().iterator().next());
    }

    /**
     * The text in exactly one language.
     *
     * @param language the language tag
     * @return the text, empty when that language is missing
     */
    public Optional<String> exactly(String language) {
        return Optional.ofNullable(texts.get(Objects.requireNonNull(language, "language")));
    }

    /**
     * The languages present.
     *
     * @return the language tags in the order written
     */
    public Set<String> languages() {
        return texts.keySet();
    }
}
