package io.reformbench.core.domain.service.importing;

/** Signals a time frame the importer cannot read, naming the text so a planner can correct the report. */
public class UnreadableTimeFrameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String text;

    public UnreadableTimeFrameException(String text, String message) {
        super(message);
        this.text = text;
    }

    static UnreadableTimeFrameException unknownForm(String text) {
        return new UnreadableTimeFrameException(text, "'" + text.strip() + "' is not a time frame the importer can read;"
                + " write one year ('2019 年'), a starting year ('2019 年起') or a range ('2019 至 2020 年').");
    }

    static UnreadableTimeFrameException backwardRange(String text, int from, int to) {
        return new UnreadableTimeFrameException(text, "The range '" + text.strip() + "' ends in " + to
                + ", which is not after its start " + from + "; a range must end in a later year.");
    }

    static UnreadableTimeFrameException yearOutOfBounds(String text, String reason) {
        return new UnreadableTimeFrameException(text, "The time frame '" + text.strip() + "' cannot be used: " + reason);
    }

    /** The text as found in the report. */
    public String text() {
        return text;
    }
}
