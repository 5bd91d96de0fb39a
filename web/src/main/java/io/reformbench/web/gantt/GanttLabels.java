package io.reformbench.web.gantt;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The resource bundle as JSON for the chart's script, so every string it shows is translated like the pages. */
final class GanttLabels {

    private static final String BUNDLE = "io.reformbench.web.i18n.messages";
    private static final Map<Locale, String> CACHE = new ConcurrentHashMap<>();

    private GanttLabels() {
    }

    static String json(Locale locale) {
        return CACHE.computeIfAbsent(locale, GanttLabels::build);
    }

    private static String build(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        JsonObjectBuilder labels = Json.createObjectBuilder();
        for (String key : Collections.list(bundle.getKeys())) {
            labels.add(key, bundle.getString(key));
        }
        return labels.build().toString();
    }
}
