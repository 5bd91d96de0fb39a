package io.reformbench.core.domain.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(POLICY.check("amina", "Xq7#pL2!vR9")).contains(PasswordProblem.TOO_SHORT);
        assertThat(POLICY.check("amina", null)).contains(PasswordProblem.TOO_SHORT);
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(POLICY.check("amina", "改革路线图的行动计划安排与协调")).isEmpty();
    }

    @Test
    void acceptsLongPassphrasesUpToTheMaximum() {
        assertThat(POLICY.check("amina", "Quiet-Harbour-Lantern-2019")).isEmpty();
        String longest = "k9#Vw".repeat(25) + "zQ!";
        assertThat(longest).hasSize(PasswordPolicy.MAX_LENGTH);
        assertThat(POLICY.check("amina", longest)).isEmpty();
        assertThat(POLICY.check("amina", longest + "x")).contains(PasswordProblem.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "qwertyuiop12", "PASSWORD1234", "123456789012"})
    void refusesCommonPasswordsWhateverTheirCase(String common) {
        assertThat(POLICY.check("amina", common)).isPresent();
    }

    @Test
    void refusesAPasswordFromTheListOfCommonPasswords() {
        assertThat(POLICY.check("amina", "baseball1234")).isPresent();
        assertThat(POLICY.check("amina", "1qaz2wsx3edc")).contains(PasswordProblem.COMMON);
    }

    @Test
    void refusesAPasswordThatContainsTheUserName() {
        assertThat(POLICY.check("planner-amina", "Xq7#planner-AMINA!")).contains(PasswordProblem.CONTAINS_USER_NAME);
    }

    @Test
    void refusesEasilyGuessedPatterns() {
        assertThat(POLICY.check("amina", "aaaaaaaaaaaa")).contains(PasswordProblem.TOO_GUESSABLE);
        assertThat(POLICY.check("amina", "abcdefghijkl")).contains(PasswordProblem.TOO_GUESSABLE);
    }
}
