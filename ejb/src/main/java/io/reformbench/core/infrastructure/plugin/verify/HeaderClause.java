package io.reformbench.core.infrastructure.plugin.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One clause of an OSGi manifest header such as {@code a.b;version="[1,2)";resolution:=optional}.
 *
 * @param paths the names the clause is about
 * @param attributes its attributes, typed names ({@code v:Version=1}) reduced to their name
 * @param directives its directives ({@code :=})
 */
public record HeaderClause(List<String> paths, Map<String, String> attributes, Map<String, String> directives) {

    /** Parses a whole header into its clauses; an absent header has none. */
    public static List<HeaderClause> parse(String header) {
        List<HeaderClause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> paths = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                int directive = part.indexOf(":=");
                int attribute = part.indexOf('=');
                if (directive > 0 && directive < attribute) {
                    directives.put(part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
                } else if (attribute > 0) {
                    String name = part.substring(0, attribute).trim();
                    int type = name.indexOf(':');
                    attributes.put(type > 0 ? name.substring(0, type) : name, unquote(part.substring(attribute + 1)));
                } else if (!part.isBlank()) {
                    paths.add(part.trim());
                }
            }
            clauses.add(new HeaderClause(paths, attributes, directives));
        }
        return clauses;
    }

    /** An attribute's value. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** Whether the clause says {@code resolution:=optional}. */
    public boolean isOptional() {
        return "optional".equals(directives.get("resolution"));
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
