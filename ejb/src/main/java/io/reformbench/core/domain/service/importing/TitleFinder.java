package io.reformbench.core.domain.service.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a report's title: the cover gives it wrapped over lines, the title block repeats it whole, and nothing else on
 * the front page is written twice.
 *
 * <p>The title is the first front-matter line (before the first section heading or area heading) with at least
 * {@value #MIN_LETTERS} letters whose text, spaces ignored, repeats one or more consecutive lines above it. Without
 * such a line it is the first non-blank line.
 */
final class TitleFinder {

    static final int MIN_LETTERS = 4;

    private final LineClassifier classifier = new LineClassifier();

    String find(List<String> lines) {
        List<String> front = frontMatter(lines);
        for (int candidate = 0; candidate < front.size(); candidate++) {
            if (isTitleLike(front.get(candidate)) && repeatsLinesAbove(front, candidate)) {
                return front.get(candidate);
            }
        }
        return firstNonBlank(lines);
    }

    private List<String> frontMatter(List<String> lines) {
        List<String> front = new ArrayList<>();
        for (String raw : lines) {
            if (classifier.isSectionHeading(raw) || classifier.isAreaHeading(raw)) {
                break;
            }
            if (!raw.isBlank()) {
                front.add(LineClassifier.tidy(raw));
            }
        }
        return front;
    }

    private static boolean isTitleLike(String line) {
        return line.codePoints().filter(Character::isLetter).count() >= MIN_LETTERS;
    }

    private static boolean repeatsLinesAbove(List<String> front, int candidate) {
        String wanted = compact(front.get(candidate));
        for (int first = 0; first < candidate; first++) {
            StringBuilder joined = new StringBuilder();
            for (int last = first; last < candidate && joined.length() < wanted.length(); last++) {
                joined.append(compact(front.get(last)));
                if (joined.toString().equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String compact(String line) {
        return line.replaceAll("[\\s\\u3000]+", "");
    }

    private static String firstNonBlank(List<String> lines) {
        return lines.stream().filter(line -> !line.isBlank()).findFirst().map(LineClassifier::tidy).orElse("");
    }
}
