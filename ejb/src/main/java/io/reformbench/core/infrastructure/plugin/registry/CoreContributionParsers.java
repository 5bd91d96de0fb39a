package io.reformbench.core.infrastructure.plugin.registry;

import io.reformbench.api.contribution.CoreExtensionPoints;
import io.reformbench.api.contribution.FieldChoice;
import io.reformbench.api.contribution.FieldType;
import io.reformbench.api.contribution.ItemField;
import io.reformbench.api.contribution.LocalizedText;
import io.reformbench.api.contribution.ReformAreaDefinition;
import io.reformbench.api.contribution.SubAreaDefinition;
import io.reformbench.api.contribution.ViewDefinition;
import io.reformbench.api.extension.ConfigurationElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The readers of the core's declarative points: reform areas, item fields and views. */
final class CoreContributionParsers {

    /** The parser of each core declarative point, by point id. */
    static final Map<String, ContributionParser<?>> BY_POINT = Map.of(
            CoreExtensionPoints.REFORM_AREAS.id(), new ContributionParser<>("reformArea",
                    CoreContributionParsers::area, CoreContributionParsers::areaIdentities),
            CoreExtensionPoints.ITEM_FIELDS.id(), new ContributionParser<>("itemField",
                    CoreContributionParsers::field, field -> List.of("field '" + field.key() + "' of area '" + field.area() + "'")),
            CoreExtensionPoints.VIEWS.id(), new ContributionParser<>("view",
                    CoreContributionParsers::view, view -> List.of("view '" + view.key() + "'")));

    private CoreContributionParsers() {
    }

    private static ReformAreaDefinition area(ConfigurationElement element, Predicate<String> bundleHasEntry) {
        List<SubAreaDefinition> subAreas = element.children("subArea").stream()
                .map(sub -> new SubAreaDefinition(sub.requiredAttribute("key"), number(sub, "order"),
                        text(sub, "name"), headings(sub)))
                .toList();
        return new ReformAreaDefinition(element.requiredAttribute("key"), number(element, "order"),
                element.requiredAttribute("colour"), text(element, "name"), headings(element), subAreas);
    }

    private static List<String> areaIdentities(ReformAreaDefinition area) {
        List<String> identities = new ArrayList<>();
        identities.add("area '" + area.key() + "'");
        area.headings().forEach(heading -> identities.add("report heading '" + heading + "'"));
        return identities;
    }

    private static ItemField field(ConfigurationElement element, Predicate<String> bundleHasEntry) {
        List<FieldChoice> choices = element.children("choice").stream()
                .map(choice -> new FieldChoice(choice.requiredAttribute("key"), text(choice, "label")))
                .toList();
        return new ItemField(element.requiredAttribute("area"), element.requiredAttribute("key"),
                FieldType.valueOf(element.requiredAttribute("type")), text(element, "label"),
                Boolean.parseBoolean(element.attribute("required").orElse("false")),
                element.attribute("min").map(BigDecimal::new), element.attribute("max").map(BigDecimal::new), choices);
    }

    private static ViewDefinition view(ConfigurationElement element, Predicate<String> bundleHasEntry) {
        String page = element.requiredAttribute("page");
        if (!bundleHasEntry.test(page)) {
            throw new IllegalArgumentException("the page '" + page + "' is not in the plugin");
        }
        Optional<String> messages = element.attribute("messages");
        return new ViewDefinition(element.requiredAttribute("key"), element.attribute("area"), page,
                text(element, "label"), element.attribute("order").map(Integer::parseInt).orElse(100), messages);
    }

    private static LocalizedText text(ConfigurationElement element, String childName) {
        Map<String, String> texts = new LinkedHashMap<>();
        element.children(childName).forEach(child -> texts.put(child.requiredAttribute("lang"), child.text()));
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("<" + element.name() + "> needs at least one <" + childName + ">");
        }
        return new LocalizedText(texts);
    }

    private static List<String> headings(ConfigurationElement element) {
        return element.children("heading").stream().map(ConfigurationElement::text).toList();
    }

    private static int number(ConfigurationElement element, String attribute) {
        try {
            return Integer.parseInt(element.requiredAttribute(attribute));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("<" + element.name() + "> has a non-numeric '" + attribute + "'", e);
        }
    }
}
