package io.reformbench.core.application.internal;

import io.reformbench.core.application.AreaCatalog;
import io.reformbench.core.application.AreaCatalog.ClaimedArea;
import io.reformbench.core.application.AreaCatalog.ClaimedSubArea;
import io.reformbench.core.application.ReportImportService.ImportResult;
import io.reformbench.core.domain.model.action.ActionFilter;
import io.reformbench.core.domain.model.action.ActionRepository;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.area.AreaRepository;
import io.reformbench.core.domain.model.area.ReformArea;
import io.reformbench.core.domain.model.area.SubArea;
import io.reformbench.core.domain.model.audit.AuditOperation;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.model.shared.LocalizedText;
import io.reformbench.core.domain.service.importing.ParsedAction;
import io.reformbench.core.domain.service.importing.ParsedArea;
import io.reformbench.core.domain.service.importing.ParsedReport;
import io.reformbench.core.domain.service.importing.ParsedSubArea;
import io.reformbench.core.domain.service.importing.ReportTranslations;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One import of a parsed report into one plan: areas by heading, actions by number, nothing duplicated. */
final class PlanImport {

    private final Plan plan;
    private final AreaRepository areas;
    private final ActionRepository actions;
    private final ActionAuditor auditor;
    private final AreaCatalog catalog;
    private final ReportTranslations english;
    private final LocalDateTime now;
    private final Map<String, RoadmapAction> byNumber = new HashMap<>();
    private int areasCreated;
    private int created;
    private int updated;
    private int unchanged;

    PlanImport(Plan plan, AreaRepository areas, ActionRepository actions, ActionAuditor auditor,
            AreaCatalog catalog, ReportTranslations english, LocalDateTime now) {
        this.plan = plan;
        this.areas = areas;
        this.actions = actions;
        this.auditor = auditor;
        this.catalog = catalog;
        this.english = english;
        this.now = now;
    }

    ImportResult apply(ParsedReport report, boolean planCreated) {
        List<ReformArea> existingAreas = new ArrayList<>(areas.findAll(plan));
        actions.findAll(plan, ActionFilter.none()).forEach(action -> byNumber.put(action.number(), action));
        Set<String> before = Set.copyOf(byNumber.keySet());
        int subAreaCount = 0;
        for (ParsedArea parsedArea : report.areas()) {
            ReformArea area = importArea(parsedArea, existingAreas);
            List<SubArea> subAreas = new ArrayList<>();
            for (ParsedSubArea parsedSub : parsedArea.subAreas()) {
                subAreas.add(importSubArea(area, parsedArea.order(), parsedSub));
            }
            subAreaCount += subAreas.size();
            parsedArea.actions().forEach(parsed -> importAction(parsed, area, subAreaOf(subAreas, parsed)));
        }
        Set<String> inReport = report.actions().stream().map(ParsedAction::number).collect(Collectors.toSet());
        List<String> notInReport = before.stream().filter(number -> !inReport.contains(number)).sorted().toList();
        return new ImportResult(plan.key(), planCreated, report.areas().size(), subAreaCount, report.actions().size(),
                areasCreated, created, updated, unchanged, notInReport, report.problems());
    }

    private ReformArea importArea(ParsedArea parsed, List<ReformArea> existing) {
        Optional<ClaimedArea> definition = catalog.forHeading(parsed.heading());
        String key = definition.map(ClaimedArea::key).orElse("area-" + parsed.order());
        LocalizedText name = definition
                .map(def -> new LocalizedText(def.nameZh(), def.nameEn()))
                .orElseGet(() -> new LocalizedText(parsed.heading(), english.area(parsed.order()).orElse(null)));
        ReformArea area = existing.stream().filter(a -> parsed.heading().equals(a.heading())).findFirst()
                .or(() -> existing.stream().filter(a -> a.key().equals(key)).findFirst())
                .orElse(null);
        if (area == null) {
            area = areas.store(new ReformArea(plan, key, parsed.order(), name, parsed.heading()));
            existing.add(area);
            areasCreated++;
        } else {
            area.describe(parsed.order(), name, parsed.heading());
        }
        definition.ifPresent(def -> claim(def, existing));
        return area;
    }

    private void claim(ClaimedArea definition, List<ReformArea> existing) {
        existing.stream().filter(a -> a.key().equals(definition.key())).forEach(a -> a.claimBy(definition.pluginId()));
    }

    private SubArea importSubArea(ReformArea area, int areaOrder, ParsedSubArea parsed) {
        Optional<ClaimedSubArea> definition = catalog.forHeading(area.heading())
                .flatMap(def -> def.subAreaForHeading(parsed.heading()));
        String key = definition.map(ClaimedSubArea::key).orElse(area.key() + "-" + parsed.order());
        LocalizedText name = definition
                .map(def -> new LocalizedText(def.nameZh(), def.nameEn()))
                .orElseGet(() -> new LocalizedText(parsed.heading(),
                        english.subArea(areaOrder, parsed.order()).orElse(null)));
        Optional<SubArea> existing = area.subAreas().stream()
                .filter(sub -> parsed.heading().equals(sub.heading()) || sub.key().equals(key)).findFirst();
        existing.ifPresent(sub -> sub.describe(parsed.order(), name, parsed.heading()));
        return existing.orElseGet(() -> area.addSubArea(key, parsed.order(), name, parsed.heading()));
    }

    private static SubArea subAreaOf(List<SubArea> subAreas, ParsedAction parsed) {
        Integer order = parsed.subAreaOrder();
        return order == null ? null : subAreas.stream().filter(s -> s.position() == order).findFirst().orElse(null);
    }

    private void importAction(ParsedAction parsed, ReformArea area, SubArea subArea) {
        RoadmapAction action = byNumber.get(parsed.number());
        String titleEn = english.action(parsed.number())
                .orElse(action == null || action.title() == null ? null : action.title().en());
        if (action == null) {
            action = new RoadmapAction(plan, area, parsed.number(), new LocalizedText(parsed.text(), titleEn),
                    parsed.timeFrame());
            action.reschedule(InitialSchedule.fromTimeFrame(parsed.timeFrame()));
            place(action, parsed, area, subArea);
            action.touch(auditor.userName(), now);
            actions.store(action);
            byNumber.put(parsed.number(), action);
            auditor.recordCreation(action, AuditOperation.IMPORT, now);
            created++;
            return;
        }
        ActionFieldValues before = ActionFieldValues.of(action);
        boolean parentChanged = !sameParent(action, parsed);
        place(action, parsed, area, subArea);
        action.retitle(new LocalizedText(parsed.text(), titleEn));
        action.reframe(parsed.timeFrame());
        ActionFieldValues after = ActionFieldValues.of(action);
        if (before.differencesTo(after).isEmpty() && !parentChanged) {
            unchanged++;
            return;
        }
        action.touch(auditor.userName(), now);
        auditor.recordChanges(action, AuditOperation.IMPORT, before, after, now);
        updated++;
    }

    private boolean sameParent(RoadmapAction action, ParsedAction parsed) {
        String current = action.parent() == null ? null : action.parent().number();
        return Objects.equals(current, parsed.parentNumber());
    }

    private void place(RoadmapAction action, ParsedAction parsed, ReformArea area, SubArea subArea) {
        action.placeIn(area, subArea);
        action.makeSubActionOf(parsed.parentNumber() == null ? null : byNumber.get(parsed.parentNumber()));
    }
}
