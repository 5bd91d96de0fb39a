package io.reformbench.core.domain.service.importing;

/**
 * Joins the wrapped lines of one table cell back into its text, the way the report would read unwrapped.
 *
 * <p>Chinese text is written without spaces, so lines join directly; only where a line break separated two Latin
 * or digit runs (such as {@code SDMX} / {@code data}) is a single space put back.
 */
final class TextJoiner {

    private final StringBuilder text = new StringBuilder();

    /** Appends one line's fragment and returns the offset where it starts in the joined text. */
    int append(String fragment) {
        String piece = LineClassifier.tidy(fragment);
        if (piece.isEmpty()) {
            return text.length();
        }
        if (text.length() > 0 && isLatinOrDigit(text.charAt(text.length() - 1)) && isLatinOrDigit(piece.charAt(0))) {
            text.append(' ');
        }
        int offset = text.length();
        text.append(piece);
        return offset;
    }

    /** Whether the text so far ends a sentence, as a finished table cell does. */
    boolean endsSentence() {
        return text.length() > 0 && isSentenceStop(text.charAt(text.length() - 1));
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static boolean isSentenceStop(char c) {
        return "。！？；.!?;".indexOf(c) >= 0;
    }

    static boolean containsSentenceStop(String text) {
        return text.chars().anyMatch(c -> isSentenceStop((char) c));
    }

    private static boolean isLatinOrDigit(char c) {
        return (c < 0x80 && Character.isLetterOrDigit(c))
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
