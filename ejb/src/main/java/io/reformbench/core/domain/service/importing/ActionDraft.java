package io.reformbench.core.domain.service.importing;

import io.reformbench.core.domain.model.action.TimeFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** An action being read line by line; it stays open until the next action, heading or the roadmap's end. */
final class ActionDraft {

    /** A sub-action's time frame and the line that gave it. */
    private record Dated(TimeFrame timeFrame, RoadmapLine source) {
    }

    private final int number;
    private final int line;
    private final Integer subAreaOrder;
    private final TextJoiner text = new TextJoiner();
    private final NavigableMap<Integer, Integer> lineAtOffset = new TreeMap<>();
    private final Map<Integer, Dated> subActionDates = new TreeMap<>();
    private TimeFrame ownTimeFrame;

    ActionDraft(int number, int line, Integer subAreaOrder) {
        this.number = number;
        this.line = line;
        this.subAreaOrder = subAreaOrder;
    }

    int number() {
        return number;
    }

    void appendText(String fragment, int sourceLine) {
        if (!fragment.isBlank()) {
            lineAtOffset.put(text.append(fragment), sourceLine);
        }
    }

    /** Whether a time frame, its own or a sub-action's, has been read: the action's table row is complete. */
    boolean isDated() {
        return ownTimeFrame != null || !subActionDates.isEmpty();
    }

    boolean endsSentence() {
        return text.endsSentence();
    }

    void date(TimeFrame timeFrame, RoadmapLine source, List<ImportProblem> problems) {
        if (ownTimeFrame != null) {
            problems.add(new ImportProblem(source.line(), source.source(), "Action " + number + " already has the time"
                    + " frame '" + ownTimeFrame.chineseText() + "'; keep one time frame per action."));
            return;
        }
        ownTimeFrame = timeFrame;
    }

    void dateSubAction(int marker, TimeFrame timeFrame, RoadmapLine source, List<ImportProblem> problems) {
        if (subActionDates.containsKey(marker)) {
            problems.add(new ImportProblem(source.line(), source.source(), "Sub-action " + InlineSubActions.markerOf(
                    marker) + " of action " + number + " is dated twice; keep one time frame per sub-action."));
            return;
        }
        subActionDates.put(marker, new Dated(timeFrame, source));
    }

    /** The action followed by its sub-actions; its time frame is its own, else the envelope of its sub-actions'. */
    List<ParsedAction> finish(List<ImportProblem> problems) {
        String whole = text.toString();
        if (whole.isEmpty()) {
            problems.add(new ImportProblem(line, String.valueOf(number), "Action " + number + " has no text."));
        }
        List<InlineSubActions.Fragment> fragments = InlineSubActions.split(whole);
        checkMarkerOrder(fragments, problems);
        reportUndescribedDates(fragments, problems);
        List<ParsedAction> subActions = new ArrayList<>();
        for (InlineSubActions.Fragment fragment : fragments) {
            Dated dated = subActionDates.get(fragment.marker());
            TimeFrame timeFrame = dated != null ? dated.timeFrame() : ownOrNone();
            subActions.add(new ParsedAction(number + "." + fragment.marker(), String.valueOf(number), subAreaOrder,
                    fragment.text(), timeFrame, lineAtOffset.floorEntry(fragment.offset()).getValue()));
        }
        TimeFrame timeFrame = ownTimeFrame != null ? ownTimeFrame
                : TimeFrameEnvelope.of(subActions.stream().map(ParsedAction::timeFrame).toList());
        List<ParsedAction> result = new ArrayList<>();
        result.add(new ParsedAction(String.valueOf(number), null, subAreaOrder, whole, timeFrame, line));
        result.addAll(subActions);
        return result;
    }

    private TimeFrame ownOrNone() {
        return ownTimeFrame != null ? ownTimeFrame : TimeFrame.none();
    }

    private void checkMarkerOrder(List<InlineSubActions.Fragment> fragments, List<ImportProblem> problems) {
        for (int i = 0; i < fragments.size(); i++) {
            InlineSubActions.Fragment fragment = fragments.get(i);
            if (fragment.marker() != i + 1) {
                int at = lineAtOffset.floorEntry(fragment.offset()).getValue();
                problems.add(new ImportProblem(at, fragment.text(), "Action " + number + " lists sub-action "
                        + InlineSubActions.markerOf(fragment.marker()) + " where " + InlineSubActions.markerOf(i + 1)
                        + " was expected; number the sub-actions ㈠, ㈡, ㈢ … in order."));
            }
        }
    }

    private void reportUndescribedDates(List<InlineSubActions.Fragment> fragments, List<ImportProblem> problems) {
        subActionDates.forEach((marker, dated) -> {
            if (fragments.stream().noneMatch(fragment -> fragment.marker() == marker)) {
                problems.add(new ImportProblem(dated.source().line(), dated.source().source(), "This dates sub-action "
                        + InlineSubActions.markerOf(marker) + ", but action " + number + " describes no such"
                        + " sub-action in its text; add it to the text or remove the line."));
            }
        });
    }
}
