package io.reformbench.core.domain.service.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Turns a roadmap report's plain text into areas, sub-areas and dated actions, so planners start from the report
 * itself rather than retyping it; a pure function, with every line it cannot place returned as a problem.
 *
 * <p>Rules, beyond the roadmap's extent and page furniture (see {@link RoadmapScanner}):
 * <ul>
 * <li><b>Actions</b> start with {@code N.}; their wrapped lines are joined without spaces (except between two Latin or
 * digit runs), table residue is trimmed and the number dropped. Numbers must rise by one; a gap, a repeat or a step
 * back is a problem on that line, and the action is still read.</li>
 * <li><b>Time frames</b> stand on a line of their own or end the action's line as a separate cell (after a sentence
 * stop and spaces). An action left without one gets {@code NONE}. A short year-led line that cannot be read as a time
 * frame is reported, not swallowed into the text.</li>
 * <li><b>Sub-area or continuation:</b> a short line without a sentence stop that is directly followed by a numbered
 * action is a sub-area heading when no action is open: right after an area heading, after an action's time frame,
 * or after an undated action whose text already ends a sentence. Otherwise a line continues the open action. Text
 * after an action's time frame that is not a sub-area heading, or a line without letters or digits, is a problem.</li>
 * <li><b>Sub-actions</b> are the fragments after {@code ㈠ ㈡ …} in the action's text, numbered {@code N.1, N.2 …}
 * and dated by lines such as {@code ㈠ 2019 年起}; an undated one takes its parent's own time frame, else {@code NONE}.
 * The parent keeps its whole text and its own time frame; when it has none, it gets the envelope of its
 * sub-actions' (earliest start; open-ended if any is; else latest end), see {@link TimeFrameEnvelope}.</li>
 * <li><b>Title:</b> the front-matter line that repeats, whole, text the cover wrapped over lines above it; else the
 * first non-blank line (see {@link TitleFinder}).</li>
 * </ul>
 */
public final class ReportParser {

    /** Reads one report; the same text always gives an equal result. */
    public ParsedReport parse(String text) {
        Objects.requireNonNull(text, "text");
        List<String> lines = text.replace("\uFEFF", "").lines().toList();
        List<ImportProblem> problems = new ArrayList<>();
        List<RoadmapLine> roadmap = new RoadmapScanner().scan(lines);
        if (roadmap.isEmpty()) {
            problems.add(new ImportProblem(0, "", "The report has no roadmap: no line ends in the column title '"
                    + LineClassifier.TIME_FRAME_COLUMN + "' that opens a reform area."));
        }
        RoadmapAssembler assembler = new RoadmapAssembler(problems);
        for (int index = 0; index < roadmap.size(); index++) {
            assembler.accept(roadmap.get(index), index + 1 < roadmap.size() ? roadmap.get(index + 1) : null);
        }
        List<ParsedArea> areas = assembler.finish();
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new ParsedReport(new TitleFinder().find(lines), areas, problems);
    }
}
