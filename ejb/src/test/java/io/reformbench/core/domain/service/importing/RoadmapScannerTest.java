package io.reformbench.core.domain.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoadmapScannerTest {

    private final RoadmapScanner scanner = new RoadmapScanner();

    private List<Integer> scannedLines(String... lines) {
        return scanner.scan(List.of(lines)).stream().map(RoadmapLine::line).toList();
    }

    @Test
    void runsFromTheFirstAreaHeadingToTheNextSection() {
        assertThat(scannedLines("1. 导言段落。", "领域 时间框架", "", "1. 甲。", "时间框架", "2019 年",
                " 三. 需请大会采取的行动", "8. 大会不妨注意到。")).containsExactly(2, 4, 6);
    }

    @Test
    void skipsFootnotesUntilTheNextPageStarts() {
        assertThat(scannedLines("领域 时间框架", "1. 由各国专家组成的", "__________________", " 1 讲习班方案。",
                "https://www.example.org/", " 2 另见文件。", " 实践社区。", "2022 年")).containsExactly(1, 2, 7, 8);
    }

    @Test
    void endsFootnotesAtTableStructure() {
        assertThat(scannedLines("领域 时间框架", "1. 甲。", "__________", " 1 脚注。", "2019 年", "2. 乙。"))
                .containsExactly(1, 2, 5, 6);
    }

    @Test
    void findsNothingWithoutAnAreaHeading() {
        assertThat(scannedLines("报告", "1. 第一段。")).isEmpty();
    }
}
