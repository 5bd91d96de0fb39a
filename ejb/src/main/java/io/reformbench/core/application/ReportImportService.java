package io.reformbench.core.application;

import io.reformbench.core.domain.service.importing.ImportProblem;
import io.reformbench.core.domain.service.importing.ReportTranslations;
import java.util.List;

/** Imports a report's roadmap table into a plan: a new key creates the plan, an existing key updates it by number. */
public interface ReportImportService {

    /**
     * Imports the report; actions are matched by number and never duplicated, and re-importing the same
     * report changes nothing.
     *
     * @param planKey      the plan to create or update; null means the first plan
     * @param report       the report's text
     * @param sourceName   where the text came from, e.g. a file name
     * @param translations English texts for the report's areas and actions, or null
     */
    ImportResult importReport(String planKey, String report, String sourceName, ReportTranslations translations);

    /** What an import found and did. */
    record ImportResult(String planKey, boolean planCreated, int areas, int subAreas, int actions,
            int areasCreated, int actionsCreated, int actionsUpdated, int actionsUnchanged,
            List<String> actionsNotInReport, List<ImportProblem> problems) {
    }
}
