package io.reformbench.core.domain.service.importing;

import io.reformbench.core.domain.model.action.TimeFrame;
import java.util.ArrayList;
import java.util.List;

/** Places each typed roadmap line in context (area, sub-area, action), reporting every line it cannot place. */
final class RoadmapAssembler {

    private static final int MAX_HEADING_LENGTH = 60;

    private final TimeFrameParser timeFrames = new TimeFrameParser();
    private final List<ImportProblem> problems;
    private final List<AreaDraft> areas = new ArrayList<>();
    private AreaDraft area;
    private ActionDraft action;
    private int lastNumber;

    RoadmapAssembler(List<ImportProblem> problems) {
        this.problems = problems;
    }

    /** Takes the next line; {@code next} is the line after it (null at the end), needed to recognise sub-areas. */
    void accept(RoadmapLine line, RoadmapLine next) {
        if (line instanceof RoadmapLine.AreaHeading heading) {
            closeAction();
            area = new AreaDraft(areas.size() + 1, heading);
            areas.add(area);
        } else if (line instanceof RoadmapLine.ActionStart start) {
            startAction(start);
        } else if (line instanceof RoadmapLine.TimeFrameLine own) {
            dateAction(own, own.timeFrame());
        } else if (line instanceof RoadmapLine.SubActionTimeFrame sub) {
            dateSubAction(sub);
        } else if (line instanceof RoadmapLine.TextLine text) {
            placeText(text, next);
        }
    }

    List<ParsedArea> finish() {
        closeAction();
        return areas.stream().map(draft -> draft.finish(problems)).toList();
    }

    private void startAction(RoadmapLine.ActionStart start) {
        closeAction();
        checkNumbering(start);
        action = new ActionDraft(start.number(), start.line(), area.currentSubAreaOrder());
        action.appendText(start.text(), start.line());
        if (start.timeFrame() != null) {
            dateAction(start, start.timeFrame());
        }
    }

    private void checkNumbering(RoadmapLine.ActionStart start) {
        int number = start.number();
        if (lastNumber > 0 && number != lastNumber + 1) {
            String reason = number > lastNumber + 1
                    ? "Action " + number + " follows action " + lastNumber + ", so " + missing(number)
                            + "; check the numbering and the lines above."
                    : "Action " + number + " comes after action " + lastNumber
                            + ", but numbers must increase; renumber it.";
            problems.add(new ImportProblem(start.line(), start.source(), reason));
        }
        lastNumber = Math.max(lastNumber, number);
    }

    private String missing(int number) {
        return number == lastNumber + 2 ? "action " + (lastNumber + 1) + " is missing"
                : "actions " + (lastNumber + 1) + "–" + (number - 1) + " are missing";
    }

    private void placeText(RoadmapLine.TextLine text, RoadmapLine next) {
        if (text.source().codePoints().noneMatch(Character::isLetterOrDigit)) {
            report(text, "This line has no letters or digits, so it is no part of the roadmap;"
                    + " remove it or restore the text it replaced.");
        } else if (startsSubArea(text, next)) {
            closeAction();
            area.addSubArea(text.source());
        } else if (triesTimeFrame(text, next)) {
            dateAction(text, text.source());
        } else if (action == null || action.isDated()) {
            reportStray(text);
        } else {
            action.appendText(text.text(), text.line());
            if (text.timeFrame() != null) {
                dateAction(text, text.timeFrame());
            }
        }
    }

    /**
     * A sub-area heading is a short line without a sentence stop, directly followed by a numbered action, where no
     * action is open: after the area heading, after an action's time frame, or after an undated action whose text
     * already ends a sentence. Anywhere else such a line continues the open action.
     */
    private boolean startsSubArea(RoadmapLine.TextLine text, RoadmapLine next) {
        String source = text.source();
        boolean noOpenAction = action == null || action.isDated() || action.endsSentence();
        return noOpenAction && next instanceof RoadmapLine.ActionStart && text.timeFrame() == null
                && source.length() <= MAX_HEADING_LENGTH && source.codePoints().anyMatch(Character::isLetter)
                && !TextJoiner.containsSentenceStop(source) && !timeFrames.looksLikeTimeFrame(source);
    }

    /** A year-led line without a sentence stop that cannot continue an open action is a (misspelt) time frame. */
    private boolean triesTimeFrame(RoadmapLine.TextLine text, RoadmapLine next) {
        boolean canContinue = action != null && !action.isDated() && next instanceof RoadmapLine.TextLine;
        return timeFrames.looksLikeTimeFrame(text.source()) && !TextJoiner.containsSentenceStop(text.source())
                && !canContinue;
    }

    private void dateAction(RoadmapLine source, String timeFrameText) {
        TimeFrame timeFrame = read(source, timeFrameText);
        if (timeFrame == null) {
            return;
        }
        if (action == null) {
            report(source, "This time frame follows no action; put it on the action's last line or the line after.");
            return;
        }
        action.date(timeFrame, source, problems);
    }

    private void dateSubAction(RoadmapLine.SubActionTimeFrame sub) {
        TimeFrame timeFrame = read(sub, sub.timeFrame());
        if (timeFrame == null) {
            return;
        }
        if (action == null) {
            report(sub, "This sub-action time frame follows no action; put it after the action that lists the sub-action.");
            return;
        }
        action.dateSubAction(sub.marker(), timeFrame, sub, problems);
    }

    private TimeFrame read(RoadmapLine source, String timeFrameText) {
        try {
            return timeFrames.parse(timeFrameText);
        } catch (UnreadableTimeFrameException e) {
            report(source, e.getMessage());
            return null;
        }
    }

    private void reportStray(RoadmapLine.TextLine text) {
        String place = action == null ? "the heading of area '" + area.heading() + "'"
                : "the time frame of action " + action.number();
        report(text, "This text follows " + place + " but is neither a sub-area heading (a short line followed by a"
                + " numbered action) nor a numbered action; check whether a number or a time frame is misplaced.");
    }

    private void report(RoadmapLine line, String reason) {
        problems.add(new ImportProblem(line.line(), line.source(), reason));
    }

    private void closeAction() {
        if (action != null) {
            area.addActions(action.finish(problems));
            action = null;
        }
    }
}
