package io.reformbench.core.domain.service.importing;

/** One meaningful line of the roadmap table, typed by its form alone so the assembler can judge it in context. */
sealed interface RoadmapLine {

    /** 1-based line number in the report. */
    int line();

    /** The line as found, trimmed, for problem reports. */
    String source();

    /** A reform-area heading, the line ending in the {@code 时间框架} column title. */
    record AreaHeading(int line, String source, String heading) implements RoadmapLine {
    }

    /** A numbered line such as {@code 23. 将在…}, with the time frame cell when it shares the line. */
    record ActionStart(int line, String source, int number, String text, String timeFrame) implements RoadmapLine {
    }

    /** A time frame on a line of its own. */
    record TimeFrameLine(int line, String source, String timeFrame) implements RoadmapLine {
    }

    /** A sub-action's time frame, such as {@code ㈡ 2019 年起}; {@code marker} counts from 1 for {@code ㈠}. */
    record SubActionTimeFrame(int line, String source, int marker, String timeFrame) implements RoadmapLine {
    }

    /** Any other text: a continuation, a sub-area heading, or something to report; may end in a time frame cell. */
    record TextLine(int line, String source, String text, String timeFrame) implements RoadmapLine {
    }
}
