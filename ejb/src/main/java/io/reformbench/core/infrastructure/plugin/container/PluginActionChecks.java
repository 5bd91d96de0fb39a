package io.reformbench.core.infrastructure.plugin.container;

import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.LocalizedText;
import io.reformbench.api.extension.Problem;
import io.reformbench.api.service.ActionSnapshot;
import io.reformbench.api.service.ActionSnapshot.Dates;
import io.reformbench.api.service.ActionStatus;
import io.reformbench.core.application.ActionChecks;
import io.reformbench.core.application.RoadmapService;
import io.reformbench.core.domain.model.action.ActionSchedule;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.action.TimeFrame;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the plugins' item validators on a snapshot of one action, shielded by the plugin runtime. */
@ApplicationScoped
public class PluginActionChecks implements ActionChecks {

    @Inject
    RunningPlugins running;

    @Inject
    RoadmapService roadmap;

    @Override
    public List<Problem> problems(long actionId) {
        RoadmapAction action = roadmap.action(actionId);
        return running.runtime().validation().validate(snapshot(action, roadmap.customValues(actionId)));
    }

    static ActionSnapshot snapshot(RoadmapAction action, Map<String, FieldValue> values) {
        ActionSchedule schedule = action.schedule();
        TimeFrame frame = action.timeFrame();
        Optional<Dates> window = frame.windowStart().map(start -> new Dates(Optional.of(start), frame.windowEnd()));
        return new ActionSnapshot(action.id(), action.number(), action.area().key(),
                Optional.ofNullable(action.subArea()).map(sub -> sub.key()), title(action), window,
                dates(schedule.plannedStart(), schedule.plannedEnd()), dates(schedule.actualStart(), schedule.actualEnd()),
                ActionStatus.valueOf(action.status().name()), action.progress(), values);
    }

    private static LocalizedText title(RoadmapAction action) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (action.title().zh() != null) {
            texts.put("zh", action.title().zh());
        }
        if (action.title().en() != null) {
            texts.put("en", action.title().en());
        }
        return texts.isEmpty() ? LocalizedText.of("en", action.number()) : new LocalizedText(texts);
    }

    private static Dates dates(LocalDate start, LocalDate end) {
        return new Dates(Optional.ofNullable(start), Optional.ofNullable(end));
    }
}
