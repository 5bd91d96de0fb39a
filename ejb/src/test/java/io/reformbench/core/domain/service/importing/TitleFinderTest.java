package io.reformbench.core.domain.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleFinderTest {

    private final TitleFinder finder = new TitleFinder();

    @Test
    void takesTheLineThatRepeatsTheWrappedCoverTitle() {
        List<String> lines = List.of(" 大会", "", "临时议程项目 13", "", "工发组织和联合国发展系统改革，", "",
                "包括新的驻地协调员系统", "", "  工发组织和联合国发展系统改革，包括新的驻地协调员系统  ", "", " 一. 导言");
        assertThat(finder.find(lines)).isEqualTo("工发组织和联合国发展系统改革，包括新的驻地协调员系统");
    }

    @Test
    void takesALineRepeatedWhole() {
        assertThat(finder.find(List.of("理事会", "供资契约的执行情况", "第二届会议", "供资契约的执行情况")))
                .isEqualTo("供资契约的执行情况");
    }

    @Test
    void looksOnlyAtTheFrontMatter() {
        assertThat(finder.find(List.of(" 理事会", "会议", " 一. 导言", "会议情况", "会议情况")))
                .isEqualTo("理事会");
    }

    @Test
    void fallsBackToTheFirstNonBlankLine() {
        assertThat(finder.find(List.of("", "  年度报告  ", "正文"))).isEqualTo("年度报告");
        assertThat(finder.find(List.of("", " "))).isEmpty();
    }
}
