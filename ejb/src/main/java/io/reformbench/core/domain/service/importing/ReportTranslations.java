package io.reformbench.core.domain.service.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * A report's texts in another language, kept in one properties file per report and language so translators work
 * apart from the parser.
 *
 * <p>Keys: {@code title}, {@code area.<order>}, {@code subArea.<areaOrder>.<subAreaOrder>} and
 * {@code action.<number>} (sub-actions as {@code action.11.1}). Blank values count as missing.
 */
public final class ReportTranslations {

    private final Map<String, String> texts;

    private ReportTranslations(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** No translations: every lookup is empty. */
    public static ReportTranslations empty() {
        return new ReportTranslations(Map.of());
    }

    /** Reads a properties file; the reader decides the encoding (UTF-8 for the files shipped with the workbench). */
    public static ReportTranslations load(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(Objects.requireNonNull(reader, "reader"));
        Map<String, String> texts = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            if (!value.isEmpty()) {
                texts.put(key, value);
            }
        }
        return new ReportTranslations(texts);
    }

    public Optional<String> title() {
        return text("title");
    }

    public Optional<String> area(int order) {
        return text("area." + order);
    }

    public Optional<String> subArea(int areaOrder, int subAreaOrder) {
        return text("subArea." + areaOrder + "." + subAreaOrder);
    }

    /** The text of an action or sub-action, by its number such as {@code "23"} or {@code "11.2"}. */
    public Optional<String> action(String number) {
        return text("action." + number);
    }

    /** Every key with a text, to check a file against the report it translates. */
    public Set<String> keys() {
        return texts.keySet();
    }

    private Optional<String> text(String key) {
        return Optional.ofNullable(texts.get(key));
    }
}
