package io.reformbench.core.infrastructure.plugin.container;

import io.reformbench.api.contribution.CoreExtensionPoints;
import io.reformbench.api.contribution.ItemField;
import io.reformbench.api.contribution.ReformAreaDefinition;
import io.reformbench.api.contribution.SubAreaDefinition;
import io.reformbench.api.extension.Contribution;
import io.reformbench.api.plugin.PluginState;
import io.reformbench.core.application.AreaCatalog;
import io.reformbench.core.application.AreaCatalog.ClaimedArea;
import io.reformbench.core.application.AreaCatalog.ClaimedSubArea;
import io.reformbench.core.application.FieldCatalog;
import io.reformbench.core.application.PluginInventory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Answers the core's questions about areas, fields and plugins from the live extension registry. */
@ApplicationScoped
public class PluginAreaCatalog implements AreaCatalog, FieldCatalog, PluginInventory {

    @Inject
    RunningPlugins running;

    @Override
    public Optional<ClaimedArea> forHeading(String heading) {
        return areaContributions().stream()
                .filter(contribution -> contribution.value().claims(heading))
                .findFirst()
                .map(contribution -> definition(contribution.pluginId().value(), contribution.value()));
    }

    @Override
    public List<ClaimedArea> areas() {
        return areaContributions().stream()
                .map(contribution -> definition(contribution.pluginId().value(), contribution.value()))
                .toList();
    }

    private List<Contribution<ReformAreaDefinition>> areaContributions() {
        return running.runtime().registry().contributions(CoreExtensionPoints.REFORM_AREAS);
    }

    static ClaimedArea definition(String pluginId, ReformAreaDefinition area) {
        return new ClaimedArea(area.key(), pluginId, area.order(), area.name().in("zh"), area.name().in("en"),
                area.headings(), area.subAreas().stream().flatMap(PluginAreaCatalog::claimedSubAreas).toList());
    }

    /** One claim per heading a sub-area declares, or one by its Chinese name when it declares none. */
    private static Stream<ClaimedSubArea> claimedSubAreas(SubAreaDefinition sub) {
        List<String> headings = sub.headings().isEmpty() ? List.of(sub.name().in("zh")) : sub.headings();
        return headings.stream().map(heading ->
                new ClaimedSubArea(sub.key(), heading, sub.name().in("zh"), sub.name().in("en")));
    }

    @Override
    public List<ItemField> fields(String areaKey) {
        return running.runtime().registry().values(CoreExtensionPoints.ITEM_FIELDS).stream()
                .filter(field -> field.area().equals(areaKey)).toList();
    }

    @Override
    public int activeCount() {
        try {
            return (int) running.runtime().plugins().plugins().stream()
                    .filter(plugin -> plugin.state() == PluginState.ACTIVE).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the installed plugins", e);
        }
    }
}
