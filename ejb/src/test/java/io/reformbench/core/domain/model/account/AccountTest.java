package io.reformbench.core.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 8, 0);

    @Test
    void keepsRolesAndAreaLimits() {
        Account account = new Account("amina", "hash", EnumSet.of(Role.PLANNER), Set.of("oversight", "rc-system"), NOW);
        assertThat(account.roles()).containsExactly(Role.PLANNER);
        assertThat(account.areas()).containsExactly("oversight", "rc-system");
        account.grant(EnumSet.of(Role.VIEWER, Role.MODULE_TEAM), Set.of());
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.MODULE_TEAM);
        assertThat(account.areas()).isEmpty();
    }

    @Test
    void everyRoleIncludesViewerAndAdminIncludesAll() {
        assertThat(Role.granted(EnumSet.of(Role.PLANNER))).containsExactlyInAnyOrder(Role.PLANNER, Role.VIEWER);
        assertThat(Role.granted(EnumSet.of(Role.ADMIN))).containsExactlyInAnyOrder(Role.values());
        assertThat(Role.granted(EnumSet.noneOf(Role.class))).isEmpty();
    }

    @Test
    void refusesMalformedUserNames() {
        for (String bad : new String[] {"", "a", "-amina", "amina smith", "amina<script>", "x".repeat(65)}) {
            assertThatThrownBy(() -> new Account(bad, "hash", EnumSet.of(Role.VIEWER), Set.of(), NOW))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new Account("阿米娜.planner_2", "hash", EnumSet.of(Role.VIEWER), Set.of(), NOW).userName())
                .isEqualTo("阿米娜.planner_2");
    }

    @Test
    void aTemporaryPasswordMustBeChanged() {
        Account account = new Account("amina", "old", EnumSet.of(Role.VIEWER), Set.of(), NOW);
        account.changePassword("temporary", true, NOW.plusDays(1));
        assertThat(account.mustChangePassword()).isTrue();
        account.changePassword("own", false, NOW.plusDays(2));
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.passwordChangedAt()).isEqualTo(NOW.plusDays(2));
    }
}
