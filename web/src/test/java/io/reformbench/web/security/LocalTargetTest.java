package io.reformbench.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalTargetTest {

    @Test
    void keepsALocalPathWithItsQuery() {
        assertThat(LocalTarget.of("/gantt.xhtml?plan=demo&item=4")).isEqualTo("/gantt.xhtml?plan=demo&item=4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "//evil.example/x", "https://evil.example/", "javascript:alert(1)", "/\\evil.example",
        "gantt.xhtml", "/login.xhtml?next=/x", "/error.xhtml", "/a\r\nSet-Cookie: x=1"})
    void sendsAnythingElseHome(String next) {
        assertThat(LocalTarget.of(next)).isEqualTo("/index.xhtml");
    }

    @Test
    void sendsNothingHome() {
        assertThat(LocalTarget.of(null)).isEqualTo("/index.xhtml");
    }
}
