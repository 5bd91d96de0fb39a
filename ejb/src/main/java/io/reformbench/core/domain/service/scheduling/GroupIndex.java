package io.reformbench.core.domain.service.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Numbers the group keys, adds every ancestor key ({@code a/b} implies {@code a}) and gives sub-actions their parent's group. */
final class GroupIndex {

    private GroupIndex() {
    }

    static void assign(ScheduleInputBuilder.Parts parts, String[] keyOfTask, int[] parent) {
        TreeSet<String> keys = new TreeSet<>();
        for (String key : keyOfTask) {
            for (String prefix = key; prefix != null; prefix = parentKey(prefix)) {
                keys.add(prefix);
            }
        }
        List<String> sorted = new ArrayList<>(keys);
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            numbers.put(sorted.get(i), i);
        }
        int[] groupParent = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            String up = parentKey(sorted.get(i));
            groupParent[i] = up == null ? -1 : numbers.get(up);
        }
        int[] group = new int[keyOfTask.length];
        for (int task = 0; task < group.length; task++) {
            group[task] = keyOfTask[task] == null ? -1 : numbers.get(keyOfTask[task]);
        }
        inheritFromParents(group, parent);
        parts.group = group;
        parts.groupKeys = sorted.toArray(String[]::new);
        parts.groupParent = groupParent;
    }

    /** A sub-action without a group of its own belongs to its nearest grouped ancestor's group. */
    private static void inheritFromParents(int[] group, int[] parent) {
        for (int task = 0; task < group.length; task++) {
            int ancestor = parent[task];
            for (int steps = 0; group[task] < 0 && ancestor >= 0 && steps < group.length; steps++) {
                group[task] = group[ancestor];
                ancestor = parent[ancestor];
            }
        }
    }

    private static String parentKey(String key) {
        int slash = key.lastIndexOf('/');
        return slash <= 0 ? null : key.substring(0, slash);
    }
}
