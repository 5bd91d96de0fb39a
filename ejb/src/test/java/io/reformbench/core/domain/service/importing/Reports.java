package io.reformbench.core.domain.service.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the reports the tests read, from the classpath, so no test depends on files outside the module. */
final class Reports {

    static final String SEED = "/demo/unds-reform-2019.txt";
    static final String SEED_ENGLISH = "/demo/unds-reform-2019.en.properties";
    static final String SECOND = "/reports/digital-green-2021.txt";
    static final String SECOND_CORRECTED = "/reports/digital-green-2021-corrected.txt";

    private Reports() {
    }

    static String text(String resource) {
        try (InputStream in = Reports.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Test resource " + resource + " is missing.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedReport parse(String resource) {
        return new ReportParser().parse(text(resource));
    }

    /** A report body: the given roadmap lines under one area heading, then the closing section. */
    static String roadmap(String... lines) {
        return "报告标题\n\n 二. 路线图\n\n领域 时间框架\n\n" + String.join("\n", lines) + "\n\n 三. 需请大会采取的行动\n";
    }
}
