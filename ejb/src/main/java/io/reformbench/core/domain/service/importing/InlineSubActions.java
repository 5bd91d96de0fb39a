package io.reformbench.core.domain.service.importing;

import java.util.ArrayList;
import java.util.List;

/** Finds the sub-actions a parent action lists inline ({@code ㈠在驻…；㈡在总部…}), since the table has no rows for them. */
final class InlineSubActions {

    private static final char FIRST_MARKER = '\u3220';
    private static final char LAST_MARKER = '\u3229';
    private static final String FRAGMENT_END = "；;。，,：: ";

    /** One inline sub-action: its marker (1 for {@code ㈠}), where it starts in the parent's text, and its text. */
    record Fragment(int marker, int offset, String text) {
    }

    private InlineSubActions() {
    }

    static List<Fragment> split(String text) {
        List<Integer> starts = new ArrayList<>();
        for (int index = 0; index < text.length(); index++) {
            if (isMarker(text.charAt(index))) {
                starts.add(index);
            }
        }
        List<Fragment> fragments = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            int marker = text.charAt(start) - FIRST_MARKER + 1;
            fragments.add(new Fragment(marker, start, trimEnd(text.substring(start + 1, end).strip())));
        }
        return fragments;
    }

    static String markerOf(int marker) {
        return String.valueOf((char) (FIRST_MARKER + marker - 1));
    }

    private static boolean isMarker(char c) {
        return c >= FIRST_MARKER && c <= LAST_MARKER;
    }

    private static String trimEnd(String fragment) {
        int end = fragment.length();
        while (end > 0 && FRAGMENT_END.indexOf(fragment.charAt(end - 1)) >= 0) {
            end--;
        }
        return fragment.substring(0, end);
    }
}
