package io.reformbench.core.application.internal;

import io.reformbench.core.application.AccessGuard;
import io.reformbench.core.application.AreaCatalog;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.ReportImportService;
import io.reformbench.core.domain.model.action.ActionRepository;
import io.reformbench.core.domain.model.area.AreaRepository;
import io.reformbench.core.domain.model.audit.AuditEntry;
import io.reformbench.core.domain.model.audit.AuditOperation;
import io.reformbench.core.domain.model.audit.AuditRepository;
import io.reformbench.core.domain.model.audit.AuditSubject;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.model.plan.PlanKey;
import io.reformbench.core.domain.model.plan.PlanRepository;
import io.reformbench.core.domain.model.shared.LocalizedText;
import io.reformbench.core.domain.service.importing.ParsedReport;
import io.reformbench.core.domain.service.importing.ReportParser;
import io.reformbench.core.domain.service.importing.ReportTranslations;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Optional;

/** The standard report importer: parses, then creates or updates the plan in one transaction. */
@Stateless
public class DefaultReportImportService implements ReportImportService {

    @Inject
    AccessGuard guard;

    @Inject
    PlanRepository plans;

    @Inject
    AreaRepository areas;

    @Inject
    ActionRepository actions;

    @Inject
    AuditRepository auditTrail;

    @Inject
    ActionAuditor auditor;

    @Inject
    Instance<AreaCatalog> catalogs;

    @Override
    public ImportResult importReport(String planKey, String report, String sourceName, ReportTranslations translations) {
        guard.requireWholePlanPlanner();
        if (report == null || report.isBlank()) {
            throw new InvalidInputException("report", "The report is empty; send its text as text/plain in UTF-8.");
        }
        ParsedReport parsed = new ReportParser().parse(report);
        if (parsed.areas().isEmpty()) {
            throw new InvalidInputException("report", "No roadmap table was found: a roadmap starts at an area "
                    + "heading line ending in 时间框架, followed by numbered actions.");
        }
        ReportTranslations english = translations == null ? ReportTranslations.empty() : translations;
        LocalDateTime now = auditor.now();
        Optional<Plan> existing = planKey == null ? plans.findAll().stream().findFirst() : plans.find(checkKey(planKey));
        Plan plan = existing.orElseGet(() -> createPlan(planKey, parsed, english, sourceName, now));
        PlanImport run = new PlanImport(plan, areas, actions, auditor, catalog(), english, now);
        ImportResult result = run.apply(parsed, existing.isEmpty());
        auditTrail.store(new AuditEntry(now, auditor.userName(), AuditOperation.IMPORT, AuditSubject.plan(plan.key()),
                "report", null, sourceName == null ? "(request body)" : sourceName));
        return result;
    }

    private static String checkKey(String key) {
        try {
            return PlanKey.check(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("plan", e.getMessage());
        }
    }

    private Plan createPlan(String planKey, ParsedReport parsed, ReportTranslations english, String source,
            LocalDateTime now) {
        String key = planKey == null ? "plan-" + (plans.findAll().size() + 1) : planKey;
        Plan plan = new Plan(key, new LocalizedText(parsed.title(), english.title().orElse(null)), source, now);
        return plans.store(plan);
    }

    private AreaCatalog catalog() {
        return catalogs.isResolvable() ? catalogs.get() : AreaCatalog.NONE;
    }
}
