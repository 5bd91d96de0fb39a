package io.reformbench.core.domain.service.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rolls early dates up into area and sub-area summaries; an action counts in its group and every ancestor. */
final class GroupRollUp {

    private GroupRollUp() {
    }

    static List<GroupSummary> summarize(ScheduleInput input, EarlyDates early) {
        int groups = input.groupKeys.length;
        int[] start = new int[groups];
        int[] finish = new int[groups];
        int[] count = new int[groups];
        boolean[] open = new boolean[groups];
        Arrays.fill(start, Integer.MAX_VALUE);
        Arrays.fill(finish, Days.NONE);
        for (int task = 0; task < input.size(); task++) {
            if (!early.scheduled(task)) {
                continue;
            }
            for (int group = input.group[task]; group >= 0; group = input.groupParent[group]) {
                start[group] = Math.min(start[group], early.start[task]);
                if (early.open[task]) {
                    open[group] = true;
                } else {
                    finish[group] = Math.max(finish[group], early.finish[task]);
                }
                count[group]++;
            }
        }
        List<GroupSummary> summaries = new ArrayList<>(groups);
        for (int group = 0; group < groups; group++) {
            summaries.add(new GroupSummary(input.groupKeys[group],
                    count[group] == 0 ? null : Days.date(start[group]), Days.lastDay(finish[group]),
                    count[group], open[group]));
        }
        return List.copyOf(summaries);
    }
}
