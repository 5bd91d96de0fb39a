package io.reformbench.api.contribution;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes one kind of report on a plan; register an implementation as a Declarative Services component.
 *
 * @since 1.0
 */
public interface ReportBuilder {

    /**
     * Names the report; unique across plugins.
     *
     * @return a key such as {@code funding-summary}
     */
    String key();

    /**
     * The report's title, for menus.
     *
     * @return the title per language
     */
    LocalizedText title();

    /**
     * What the report is.
     *
     * @return a media type such as {@code text/csv}
     */
    String mediaType();

    /**
     * Writes the report.
     *
     * @param request the plan and language
     * @param out where to write; left open
     * @throws IOException when writing fails
     */
    void write(ReportRequest request, OutputStream out) throws IOException;
}
